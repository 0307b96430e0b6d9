using Microsoft.IdentityModel.JsonWebTokens;

namespace TeamsJourney.BotFramework.Auth;

public sealed partial class ChannelTokenValidator
{
    private const string TenantPlaceholder = "{tenantId}";

    /// <summary>
    /// Picks the metadata for a token from its (not yet validated) issuer. An issuer outside the trusted set is
    /// refused before any metadata is fetched, so a forged issuer cannot make the bot call arbitrary URLs.
    /// </summary>
    internal static TokenRoute? ResolveRoute(JsonWebToken token, BotAuthenticationOptions options)
    {
        var issuer = token.Issuer;
        if (string.IsNullOrEmpty(issuer))
        {
            return null;
        }

        if (string.Equals(issuer, options.ChannelIssuer, StringComparison.OrdinalIgnoreCase))
        {
            return new TokenRoute(true, options.ChannelOpenIdMetadataUrl.AbsoluteUri, [options.ChannelIssuer]);
        }

        foreach (var tenant in options.TrustedTenantIds())
        {
            var v2 = options.EntraV2IssuerTemplate.Replace(TenantPlaceholder, tenant, StringComparison.Ordinal);
            var v1 = options.EntraV1IssuerTemplate.Replace(TenantPlaceholder, tenant, StringComparison.Ordinal);
            if (string.Equals(issuer, v2, StringComparison.OrdinalIgnoreCase)
                || string.Equals(issuer, v1, StringComparison.OrdinalIgnoreCase))
            {
                var metadataUrl = options.EntraOpenIdMetadataUrlTemplate.Replace(TenantPlaceholder, tenant, StringComparison.Ordinal);
                return new TokenRoute(false, metadataUrl, [v2, v1]);
            }
        }

        return null;
    }
}
