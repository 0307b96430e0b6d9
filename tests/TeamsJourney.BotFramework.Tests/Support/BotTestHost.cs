using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsJourney.BotFramework.Hosting;

namespace TeamsJourney.BotFramework.Tests.Support;

/// <summary>The bot endpoint hosted the way the real host does it (AddBotFramework + MapBotEndpoint) on a free local port.</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public static async Task<BotTestHost> StartAsync(IActivityHandler handler, IDictionary<string, string?>? botSettings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(botSettings ?? new Dictionary<string, string?>());
        builder.AddBotFramework();
        builder.Services.AddSingleton(handler);
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapBotEndpoint();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new BotTestHost(app, new Uri(address));
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
