namespace TeamsJourney.Tabs.Auth;

/// <summary>
/// The "TabAuth" configuration section: how Teams SSO tokens sent by the tab are validated. With no
/// <see cref="ClientId"/> the tab runs with a clearly marked local development identity instead.
/// </summary>
public sealed class TabAuthOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "TabAuth";

    /// <summary>The Entra app (client) id the tab's SSO tokens are issued for; empty = local development.</summary>
    public string? ClientId { get; set; }

    /// <summary>The tenant of the app registration, or "organizations" for a multi-tenant app.</summary>
    public string TenantId { get; set; } = "organizations";

    /// <summary>The Entra authority host; issuers are "{Instance}{tid}/v2.0".</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The accepted audience(s), e.g. "api://contoso.example/{client id}"; the client id itself is always accepted.</summary>
    public IList<string> Audiences { get; } = [];

    /// <summary>Where signing keys are read; defaults to the tenant's v2.0 OpenID configuration under <see cref="Instance"/>.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>False only for tests that serve metadata from a loopback listener over HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The app's client secret, used for the on-behalf-of exchange that reads the caller's teams from Graph.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The Microsoft Graph base address (a local listener in tests).</summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0/");

    /// <summary>
    /// The tenant the local development identity belongs to (and so the only tenant whose workshops it sees) when
    /// no client id is configured. Defaults to "local-development", the tenant the bot records for a client that
    /// sends none; appsettings.Development.json sets the Agents Playground's default tenant, so a workshop started
    /// in the Playground shows in the tab with no further setup.
    /// </summary>
    public string LocalTenantId { get; set; } = TabCaller.LocalTenant;

    /// <summary>True when no client id is configured, so no token is required.</summary>
    public bool IsLocalDevelopment => string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The metadata address actually used.</summary>
    public string EffectiveMetadataAddress =>
        MetadataAddress is { Length: > 0 } configured ? configured : $"{Instance.TrimEnd('/')}/{TenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>The v2.0 issuer Entra uses for tokens of <paramref name="tenantId"/>.</summary>
    public string IssuerFor(string tenantId) => $"{Instance.TrimEnd('/')}/{tenantId}/v2.0";
}
