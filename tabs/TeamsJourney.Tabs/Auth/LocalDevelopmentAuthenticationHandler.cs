using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsJourney.Tabs.Auth;

/// <summary>
/// Stands in for Teams SSO when no TabAuth:ClientId is configured (the embedded default): every caller
/// is the local developer of one tenant (TabAuth:LocalTenantId, "local-development" unless set), and every
/// response says so in a header so the page can show a badge. Never used when a client id is configured, and only
/// reachable in the Development environment with Host:AllowAnonymousLocalMode (the host refuses to start otherwise).
/// </summary>
internal sealed class LocalDevelopmentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<TabAuthOptions> tabAuth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string IdentityHeader = "X-TeamsJourney-Identity";
    public const string IdentityHeaderValue = "local-development";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // A token is never ignored: this host cannot check one, so a caller who sends one is refused (401) rather
        // than quietly treated as the local developer.
        if (Request.Headers.Authorization.Count > 0)
        {
            return Task.FromResult(AuthenticateResult.Fail("This host runs without Teams SSO (anonymous local mode) and cannot check the token sent."));
        }

        Response.Headers[IdentityHeader] = IdentityHeaderValue;
        var identity = new ClaimsIdentity(
            [
                new Claim("oid", TabCaller.LocalUserId),
                new Claim("tid", tabAuth.Value.LocalTenantId is { Length: > 0 } tenant ? tenant : TabCaller.LocalTenant),
                new Claim("name", TabCaller.LocalUserName),
                new Claim(TabCaller.LocalDevelopmentClaim, "true"),
            ],
            Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
