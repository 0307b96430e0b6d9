using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsJourney.BotFramework.Auth;

namespace TeamsJourney.BotFramework.Tests.Support;

/// <summary>
/// A local stand-in for login.botframework.com and login.microsoftonline.com: serves OpenID metadata and JWKS over
/// real HTTP, counts metadata fetches, and lets a test rotate the published keys.
/// </summary>
public sealed class LocalTokenIssuer : IAsyncDisposable
{
    public const string BotAppId = "6f1c1a3e-0000-4000-8000-000000000b07";
    public const string BotTenantId = "3d2b5c1a-0000-4000-8000-0000000000aa";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private LocalHttpServer? _server;
    private IReadOnlyList<SigningKey> _channelKeys;
    private int _channelMetadataFetches;
    private int _entraMetadataFetches;

    public LocalTokenIssuer()
    {
        _channelKeys = [TeamsKey, WebChatOnlyKey, UnendorsedKey];
    }

    /// <summary>A channel key endorsed for msteams.</summary>
    public SigningKey TeamsKey { get; } = new("teams-key", "msteams", "webchat");

    /// <summary>A channel key endorsed for another channel only.</summary>
    public SigningKey WebChatOnlyKey { get; } = new("webchat-key", "webchat");

    /// <summary>A channel key with no endorsements at all.</summary>
    public SigningKey UnendorsedKey { get; } = new("plain-key");

    /// <summary>The Entra tenant key.</summary>
    public SigningKey EntraKey { get; } = new("entra-key");

    public int ChannelMetadataFetches => Volatile.Read(ref _channelMetadataFetches);

    public int EntraMetadataFetches => Volatile.Read(ref _entraMetadataFetches);

    public Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("Start the issuer first.");

    public static async Task<LocalTokenIssuer> StartAsync()
    {
        var issuer = new LocalTokenIssuer();
        issuer._server = await LocalHttpServer.StartAsync(issuer.Map);
        return issuer;
    }

    /// <summary>Replaces the channel's published keys, as a key rotation does.</summary>
    public void PublishChannelKeys(params SigningKey[] keys) => Volatile.Write(ref _channelKeys, keys);

    public BotAuthenticationOptions Options(Action<BotAuthenticationOptions>? adjust = null)
    {
        var options = new BotAuthenticationOptions
        {
            AppId = BotAppId,
            TenantId = BotTenantId,
            AppSecret = "not-used-by-inbound-validation",
            ChannelOpenIdMetadataUrl = new Uri(BaseAddress, "channel/.well-known/openidconfiguration"),
            EntraOpenIdMetadataUrlTemplate = BaseAddress + "{tenantId}/v2.0/.well-known/openid-configuration",
            RequireHttpsMetadata = false,
            MetadataMinimumRefreshInterval = TimeSpan.FromSeconds(1),
        };
        adjust?.Invoke(options);
        return options;
    }

    public ChannelTokenValidator CreateValidator(Action<BotAuthenticationOptions>? adjust = null, TimeProvider? clock = null)
    {
        var factory = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new ChannelTokenValidator(
            Microsoft.Extensions.Options.Options.Create(Options(adjust)), factory, NullLogger<ChannelTokenValidator>.Instance, clock);
    }

    public TokenBuilder AChannelToken() => new(ChannelIssuer, BotAppId, TeamsKey, ServiceUrl);

    public TokenBuilder AnEntraToken(string tenantId = BotTenantId) =>
        new TokenBuilder($"https://login.microsoftonline.com/{tenantId}/v2.0", BotAppId, EntraKey, ServiceUrl).WithTenant(tenantId);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        foreach (var key in new[] { TeamsKey, WebChatOnlyKey, UnendorsedKey, EntraKey })
        {
            key.Dispose();
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/channel/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref _channelMetadataFetches);
            return Json(Metadata(ChannelIssuer, "channel/keys"));
        });
        app.MapGet("/channel/keys", () => Json(KeySet(Volatile.Read(ref _channelKeys))));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
        {
            Interlocked.Increment(ref _entraMetadataFetches);
            return Json(Metadata($"https://login.microsoftonline.com/{tenant}/v2.0", $"{tenant}/keys"));
        });
        app.MapGet("/{tenant}/keys", (string tenant) => Json(KeySet([EntraKey])));
    }

    private JsonObject Metadata(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(BaseAddress, keysPath).AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_signing_alg_values_supported"] = new JsonArray("RS256"),
    };

    private static JsonObject KeySet(IEnumerable<SigningKey> keys) =>
        new() { ["keys"] = new JsonArray([.. keys.Select(key => (JsonNode)key.ToJwk())]) };

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");
}
