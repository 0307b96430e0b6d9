using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TeamsJourney.BotFramework.Auth;

/// <summary>
/// One <see cref="ConfigurationManager{T}"/> per metadata URL, caching keys for hours. When a token names a key id
/// we do not know (key rotation), <see cref="RefreshAsync"/> fetches fresh keys before answering, at most once per
/// minimum refresh interval so unknown key ids cannot be used to flood the issuer.
/// </summary>
/// <remarks>
/// <see cref="ConfigurationManager{T}.RequestRefresh"/> refreshes in the background and hands back the stale keys,
/// which would reject the first tokens signed with a rotated key; so a forced refresh starts a new manager instead,
/// whose first fetch is awaited.
/// </remarks>
internal sealed class OpenIdMetadataCache(
    IHttpClientFactory httpClientFactory, IOptions<BotAuthenticationOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken cancellationToken) =>
        _entries.GetOrAdd(metadataUrl, url => new Entry(NewManager(url), DateTimeOffset.MinValue))
            .Manager.GetConfigurationAsync(cancellationToken);

    /// <summary>Fresh metadata, unless the last forced refresh of this URL was too recent (then the cached one).</summary>
    public Task<OpenIdConnectConfiguration> RefreshAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var current = _entries.GetOrAdd(metadataUrl, url => new Entry(NewManager(url), DateTimeOffset.MinValue));
        if (current.ForcedAt != DateTimeOffset.MinValue && now - current.ForcedAt < options.Value.MetadataMinimumRefreshInterval)
        {
            return current.Manager.GetConfigurationAsync(cancellationToken);
        }

        var fresh = new Entry(NewManager(metadataUrl), now);

        // When two requests race, one replacement wins and both read from whatever is current afterwards.
        var winner = _entries.TryUpdate(metadataUrl, fresh, current) ? fresh : _entries[metadataUrl];
        return winner.Manager.GetConfigurationAsync(cancellationToken);
    }

    private ConfigurationManager<OpenIdConnectConfiguration> NewManager(string url)
    {
        var settings = options.Value;
        return new ConfigurationManager<OpenIdConnectConfiguration>(
            url,
            new OpenIdConnectConfigurationRetriever(),
            new MetadataDocumentRetriever(httpClientFactory, settings.RequireHttpsMetadata))
        {
            AutomaticRefreshInterval = settings.MetadataRefreshInterval,
            RefreshInterval = settings.MetadataMinimumRefreshInterval,
        };
    }

    private sealed record Entry(ConfigurationManager<OpenIdConnectConfiguration> Manager, DateTimeOffset ForcedAt);
}
