using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace TeamsJourney.BotFramework.Tests.Support;

/// <summary>A local Connector service: records every request and answers from a script (default 201 with an id).</summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private LocalHttpServer? _server;

    public Uri ServiceUrl => _server?.BaseAddress ?? throw new InvalidOperationException("Start the connector first.");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<RecordingConnector> StartAsync()
    {
        var connector = new RecordingConnector();
        connector._server = await LocalHttpServer.StartAsync(app => app.Map("/{**path}", connector.AnswerAsync));
        return connector;
    }

    public RecordingConnector ThenAnswer(int status, string body = "", params (string Name, string Value)[] headers)
    {
        _script.Enqueue(new ScriptedAnswer(status, body, headers));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            await reader.ReadToEndAsync(),
            DateTimeOffset.UtcNow));

        var answer = _script.TryDequeue(out var scripted) ? scripted : new ScriptedAnswer(201, """{"id":"new-activity-id"}""", []);
        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        }
    }

    private sealed record ScriptedAnswer(int Status, string Body, (string Name, string Value)[] Headers);
}

public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string Body, DateTimeOffset ReceivedAt);
