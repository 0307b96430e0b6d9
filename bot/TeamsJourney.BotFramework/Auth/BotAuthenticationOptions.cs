namespace TeamsJourney.BotFramework.Auth;

/// <summary>
/// The bot's identity and the trust settings for inbound tokens and outbound calls, bound from the
/// <c>Bot</c> configuration section. Every URL is configurable so tests can point them at a local listener.
/// No <see cref="AppId"/> means local development: inbound calls are anonymous and outbound calls only go to loopback.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Bot";

    /// <summary>The Azure Bot Service tenants that issue Entra tokens to bots.</summary>
    public static IReadOnlyList<string> BotServiceTenantIds { get; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>The bot's Microsoft App id (the audience of inbound tokens). Empty = local development, anonymous.</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's own Entra tenant (single-tenant bot).</summary>
    public string? TenantId { get; set; }

    /// <summary>The client secret for outbound calls; leave empty when <see cref="ManagedIdentityClientId"/> is used.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The client id of a user-assigned managed identity used for outbound calls instead of a secret.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Bot Framework channel token metadata.</summary>
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The issuer of Bot Framework channel tokens.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Entra metadata URL; <c>{tenantId}</c> is replaced by the token's tenant.</summary>
    public string EntraOpenIdMetadataUrlTemplate { get; set; } =
        "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>The Entra v2 issuer; <c>{tenantId}</c> is replaced by each trusted tenant.</summary>
    public string EntraV2IssuerTemplate { get; set; } = "https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>The Entra v1 issuer; <c>{tenantId}</c> is replaced by each trusted tenant.</summary>
    public string EntraV1IssuerTemplate { get; set; } = "https://sts.windows.net/{tenantId}/";

    /// <summary>Whether Entra tokens issued by the <see cref="BotServiceTenantIds"/> are trusted.</summary>
    public bool TrustBotServiceTenants { get; set; } = true;

    /// <summary>Further tenants whose Entra tokens are trusted (besides <see cref="TenantId"/>).</summary>
    public IList<string> AdditionalTrustedTenantIds { get; } = [];

    /// <summary>Whether metadata and key documents must come over HTTPS (turn off only for local test listeners).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The clock skew allowed on token lifetimes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long signing keys are cached before a scheduled refresh.</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The shortest time between refreshes caused by unknown key ids (at least one second).</summary>
    public TimeSpan MetadataMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The Entra authority host for outbound tokens.</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>The scope of outbound Connector tokens.</summary>
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Whether no app id is configured: local development, anonymous inbound, loopback-only outbound.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);

    /// <summary>All tenants whose Entra tokens are trusted.</summary>
    public IEnumerable<string> TrustedTenantIds()
    {
        var tenants = new List<string>();
        if (!string.IsNullOrWhiteSpace(TenantId))
        {
            tenants.Add(TenantId);
        }

        if (TrustBotServiceTenants)
        {
            tenants.AddRange(BotServiceTenantIds);
        }

        tenants.AddRange(AdditionalTrustedTenantIds.Where(id => !string.IsNullOrWhiteSpace(id)));
        return tenants.Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
