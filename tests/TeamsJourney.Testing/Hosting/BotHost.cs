using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.Testing.Channel;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Testing.Hosting;

/// <summary>
/// The real host (Program) in memory, with production authentication switched on: its app id is set,
/// and it trusts the <see cref="LocalChannelService"/>'s OpenID metadata instead of Microsoft's.
/// Outbound Connector calls go over real HTTP to that local channel service.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public const string AppId = "5f0c8a3e-1111-4c2b-9d7e-3a1b2c3d4e5f";
    /// <summary>A single-tenant bot receives its own tenant's activities: the tenant Teams-shaped activities carry.</summary>
    public const string BotTenantId = TeamsActivities.TenantId;

    private readonly LocalChannelService _channel;
    private readonly IReadOnlyDictionary<string, string?> _storage;
    private readonly TimeProvider? _time;

    /// <param name="channel">The channel service that signs the host's inbound tokens and records its Connector calls.</param>
    /// <param name="storageSettings">Settings that point the host at a store.</param>
    /// <param name="time">A clock the test moves (time boxes), or null for the system clock.</param>
    public BotHost(LocalChannelService channel, IReadOnlyDictionary<string, string?> storageSettings, TimeProvider? time = null)
    {
        _channel = channel;
        _storage = storageSettings;
        _time = time;
    }

    /// <summary>What the host logged (information and above), to check that nothing failed unseen.</summary>
    public CapturedLog Log { get; } = new();

    /// <summary>The repository the host itself uses, to look at what it stored.</summary>
    internal WorkshopRepository Repository => Services.GetRequiredService<WorkshopRepository>();

    /// <summary>Posts an activity with a valid channel token (or the given Authorization header value).</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? authorization = "valid")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization == "valid")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _channel.IssueToken(AppId));
        }
        else if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await CreateClient().SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Bot:AppId", AppId);
        builder.UseSetting("Bot:TenantId", BotTenantId);
        builder.UseSetting("Bot:AppSecret", "not-used: outbound tokens come from the test token provider");
        builder.UseSetting("Bot:ChannelOpenIdMetadataUrl", _channel.OpenIdMetadataUrl.ToString());
        builder.UseSetting("Bot:RequireHttpsMetadata", "false");

        // Secure by default: the host does not start without the tab's sign-in either. Tests that call the tab on this
        // host put a LocalEntra behind it with TabHost.UseLocalSso.
        builder.UseSetting("TabAuth:ClientId", LocalEntra.ClientId);
        builder.UseSetting("TabAuth:ClientSecret", "not-used: no tab request reaches Entra in the bot's tests");
        builder.UseSetting("Documents:LocalFolder", Path.Combine(Path.GetTempPath(), "teamsjourney-documents-" + Guid.NewGuid().ToString("N")));
        foreach (var (key, value) in _storage)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureTestServices(services =>
        {
            // Entra is out of reach here; the outbound token is the only part of the host replaced.
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new FixedBotTokenProvider());
            if (_time is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_time);
            }
        });
    }

    private sealed class FixedBotTokenProvider : IBotTokenProvider
    {
        public const string Token = "local-outbound-token";

        public bool IsAnonymous => false;

        public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(Token);
    }
}
