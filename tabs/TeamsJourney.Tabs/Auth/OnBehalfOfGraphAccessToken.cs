using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace TeamsJourney.Tabs.Auth;

/// <summary>
/// The on-behalf-of exchange: the tab's SSO token (audience = our app) is traded at the caller's tenant
/// for a Graph token with Team.ReadBasic.All, so membership is checked with the caller's own rights.
/// </summary>
internal sealed class OnBehalfOfGraphAccessToken(IOptions<TabAuthOptions> options) : IGraphAccessToken
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/Team.ReadBasic.All"];

    // One MSAL client per tenant keeps MSAL's token cache warm across requests.
    private readonly ConcurrentDictionary<string, IConfidentialClientApplication> _clients = new(StringComparer.Ordinal);

    public async Task<string> ForCallerAsync(TabCaller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var settings = options.Value;
        if (caller.AccessToken is null || string.IsNullOrWhiteSpace(settings.ClientSecret))
        {
            throw new InvalidOperationException("TabAuth:ClientSecret is required to check team membership through Microsoft Graph.");
        }

        var client = _clients.GetOrAdd(caller.TenantId, tenant => ConfidentialClientApplicationBuilder
            .Create(settings.ClientId)
            .WithClientSecret(settings.ClientSecret)
            .WithAuthority($"{settings.Instance.TrimEnd('/')}/{tenant}")
            .Build());
        var result = await client.AcquireTokenOnBehalfOf(Scopes, new UserAssertion(caller.AccessToken)).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
