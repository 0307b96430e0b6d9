using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>
/// The ceiling: an empty ASP.NET Core endpoint in its own Kestrel that reads the same invoke requests and answers
/// with a small card, measured in the same run so the bot's figures read against what this machine can do at all.
/// </summary>
internal sealed class CeilingEndpoint : IAsyncDisposable
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.Execute","verb":"answer","data":{"stepId":"persona.name"}}]}}""");

    private readonly WebApplication _app;

    private CeilingEndpoint(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<CeilingEndpoint> StartAsync()
    {
        var address = new Uri($"http://127.0.0.1:{TeamsJourney.Testing.Hosting.LoopbackPort.Free()}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(address.ToString());
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            // Read the whole body, as the bot does, before answering.
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Answer);
        });
        app.MapGet("/api/tab/workshops", () => Results.Json(Array.Empty<object>()));
        await app.StartAsync();
        return new CeilingEndpoint(app, address);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
