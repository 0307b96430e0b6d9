using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsJourney.Tabs.Auth;

/// <summary>
/// Validates Teams SSO tokens: signed by a key from the configured OpenID metadata, for our app's audience,
/// and issued by Entra v2 for the very tenant named in the token's tid (each tenant has its own issuer,
/// so a multi-tenant app checks the pair instead of a fixed list).
/// </summary>
internal sealed class TabJwtBearerSetup(IOptions<TabAuthOptions> auth) : IConfigureNamedOptions<JwtBearerOptions>
{
    private const string HubPath = "/hubs/map";

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != TabAuthExtensions.SsoScheme)
        {
            return;
        }

        var settings = auth.Value;
        options.MapInboundClaims = false;
        options.MetadataAddress = settings.EffectiveMetadataAddress;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        var audiences = settings.Audiences.Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        if (!string.IsNullOrWhiteSpace(settings.ClientId))
        {
            audiences.Add(settings.ClientId);
        }

        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = audiences,
            ValidateIssuer = true,
            IssuerValidator = (issuer, token, _) => ValidateIssuer(settings, issuer, token),
            ClockSkew = TimeSpan.FromMinutes(5),
            NameClaimType = "name",
        };
        options.Events = new JwtBearerEvents
        {
            // WebSockets and server-sent events cannot carry an Authorization header.
            OnMessageReceived = context =>
            {
                if (context.Request.Path.StartsWithSegments(HubPath) && context.Request.Query["access_token"].FirstOrDefault() is { Length: > 0 } token)
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            },
        };
    }

    private static string ValidateIssuer(TabAuthOptions settings, string issuer, SecurityToken token)
    {
        var tenantId = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            throw new SecurityTokenInvalidIssuerException("The token names no tenant (tid).");
        }

        var singleTenant = settings.TenantId is not ("organizations" or "common");
        if (singleTenant && !string.Equals(tenantId, settings.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            throw new SecurityTokenInvalidIssuerException($"Tokens of tenant {tenantId} are not accepted by this single-tenant app.");
        }

        return string.Equals(issuer, settings.IssuerFor(tenantId), StringComparison.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException($"Issuer '{issuer}' is not the Entra v2 issuer of tenant {tenantId}.");
    }
}
