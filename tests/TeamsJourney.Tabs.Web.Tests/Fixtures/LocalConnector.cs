using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace TeamsJourney.Tabs.Web.Tests.Fixtures;

/// <summary>
/// The serviceUrl the activities name, as the M365 Agents Playground offers it: a loopback Connector
/// that records the bot's replies (the cards it sends) and answers with an activity id.
/// </summary>
public sealed class LocalConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, JsonObject Activity)> _sent = new();
    private int _nextId;

    private LocalConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<LocalConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new LocalConnector(app);
        app.MapMethods("/v3/conversations/{conversationId}/activities/{**activityId}", ["POST", "PUT"], connector.RecordAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>The newest Adaptive Card the bot sent into a conversation, waiting for it if needed.</summary>
    public async Task<JsonObject> WaitForCardAsync(string conversationId, int afterCount)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var cards = _sent.Where(s => s.ConversationId == conversationId).Select(s => CardOf(s.Activity)).OfType<JsonObject>().ToList();
            if (cards.Count > afterCount)
            {
                return cards[^1];
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The bot sent no new card to {conversationId} within 10 s.");
    }

    public int CardCount(string conversationId) =>
        _sent.Count(s => s.ConversationId == conversationId && CardOf(s.Activity) is not null);

    private async Task<IResult> RecordAsync(HttpContext context, string conversationId)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        _sent.Enqueue((Uri.UnescapeDataString(conversationId), body?.AsObject() ?? []));
        return Results.Json(new { id = $"activity-{Interlocked.Increment(ref _nextId)}" });
    }

    private static JsonObject? CardOf(JsonObject activity) =>
        activity["attachments"]?.AsArray()
            .FirstOrDefault(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
