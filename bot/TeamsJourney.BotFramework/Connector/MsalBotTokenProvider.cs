using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using TeamsJourney.BotFramework.Auth;

namespace TeamsJourney.BotFramework.Connector;

/// <summary>
/// Client-credentials tokens for the Connector from the bot's own tenant, with a client secret or a user-assigned
/// managed identity. MSAL caches tokens in memory and renews them before they expire.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly Func<CancellationToken, Task<AuthenticationResult>> _acquire;

    /// <summary>Creates the provider from the bot's options.</summary>
    public MsalBotTokenProvider(IOptions<BotAuthenticationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (settings.IsAnonymous)
        {
            throw new InvalidOperationException("Bot:AppId is not set; use AnonymousBotTokenProvider for local development.");
        }

        _acquire = string.IsNullOrWhiteSpace(settings.AppSecret) && !string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId)
            ? ForManagedIdentity(settings)
            : ForClientSecret(settings);
    }

    /// <inheritdoc />
    public bool IsAnonymous => false;

    /// <inheritdoc />
    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var result = await _acquire(cancellationToken);
        return result.AccessToken;
    }

    private static Func<CancellationToken, Task<AuthenticationResult>> ForClientSecret(BotAuthenticationOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.AppSecret) || string.IsNullOrWhiteSpace(settings.TenantId))
        {
            throw new InvalidOperationException("Bot:TenantId and Bot:AppSecret are required for outbound Connector calls.");
        }

        var authority = new Uri(settings.AuthorityHost, settings.TenantId);
        var application = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.AppSecret)
            .WithAuthority(authority.AbsoluteUri)
            .Build();
        string[] scopes = [settings.ConnectorScope];
        return cancellationToken => application.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
    }

    private static Func<CancellationToken, Task<AuthenticationResult>> ForManagedIdentity(BotAuthenticationOptions settings)
    {
        var application = ManagedIdentityApplicationBuilder
            .Create(ManagedIdentityId.WithUserAssignedClientId(settings.ManagedIdentityClientId))
            .Build();

        // Managed identity takes a resource, not a scope.
        var resource = settings.ConnectorScope.EndsWith("/.default", StringComparison.Ordinal)
            ? settings.ConnectorScope[..^"/.default".Length]
            : settings.ConnectorScope;
        return cancellationToken => application.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
    }
}
