using System.Security.Claims;

namespace TeamsJourney.Tabs.Auth;

/// <summary>Who is calling the tab API, as read from the validated token (or the local development identity).</summary>
/// <param name="UserId">The Entra object id (oid), or "local-developer".</param>
/// <param name="UserName">The display name.</param>
/// <param name="TenantId">The caller's tenant (tid).</param>
/// <param name="IsLocalDevelopment">True when no SSO is configured and the local identity stands in.</param>
/// <param name="AccessToken">The raw SSO token, for the on-behalf-of exchange; null locally.</param>
public sealed record TabCaller(string UserId, string UserName, string TenantId, bool IsLocalDevelopment, string? AccessToken)
{
    /// <summary>The tenant the bot records when a local client sends none; the local identity lives there.</summary>
    public const string LocalTenant = "local-development";

    /// <summary>The local development identity's user id.</summary>
    public const string LocalUserId = "local-developer";

    /// <summary>The local development identity's name.</summary>
    public const string LocalUserName = "Local developer";

    internal const string LocalDevelopmentClaim = "teamsjourney_local_development";

    /// <summary>Reads the caller from an authenticated principal; null when a required claim is missing.</summary>
    public static TabCaller? From(ClaimsPrincipal user, string? accessToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var local = user.HasClaim(c => c.Type == LocalDevelopmentClaim);
        var userId = user.FindFirst("oid")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var tenantId = user.FindFirst("tid")?.Value;
        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(tenantId))
        {
            return null;
        }

        var name = user.FindFirst("name")?.Value is { Length: > 0 } n ? n : user.FindFirst("preferred_username")?.Value ?? "A participant";
        return new TabCaller(userId, name, tenantId, local, local ? null : accessToken);
    }
}
