using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsJourney.Testing.Hosting;

/// <summary>What can be wrong with an SSO token.</summary>
public enum SsoFlaw
{
    None,
    WrongAudience,
    Expired,
    UnknownKey,
    IssuerOfAnotherTenant,
}

/// <summary>
/// A local stand-in for Entra and Microsoft Graph on a loopback port: it publishes OpenID metadata and a
/// signing key (so the host validates real RS256 SSO tokens signed here) and answers GET /me/joinedTeams
/// from a membership table, counting the calls.
/// </summary>
public sealed class LocalEntra : IAsyncDisposable
{
    public const string ClientId = "0a9d6c2e-3333-4d5e-8f70-123456789abc";
    public const string Audience = "api://localhost/" + ClientId;
    private const string KeyId = "local-entra-key";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, string[]> _teamsByUser = new(StringComparer.Ordinal);
    private int _graphCalls;

    private LocalHttpServer _server = null!;

    /// <summary>The authority host, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Instance { get; private set; } = null!;

    public Uri GraphBaseUrl => new(Instance, "graph/v1.0/");

    public int GraphCalls => _graphCalls;

    public static async Task<LocalEntra> StartAsync()
    {
        var entra = new LocalEntra();
        entra._server = await LocalHttpServer.StartAsync(entra.MapEndpoints);
        entra.Instance = entra._server.BaseAddress;
        return entra;
    }

    /// <summary>Makes <paramref name="userId"/> a member of exactly these teams (thread ids).</summary>
    public void SetTeams(string userId, params string[] teamIds) => _teamsByUser[userId] = teamIds;

    /// <summary>An SSO token as Teams' getAuthToken returns it, or one with the given flaw.</summary>
    public string IssueToken(TabUser user, SsoFlaw flaw = SsoFlaw.None)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = DateTime.UtcNow;
        using var stranger = RSA.Create(2048);
        var key = flaw == SsoFlaw.UnknownKey ? new RsaSecurityKey(stranger) { KeyId = "nobody-published-this" } : new RsaSecurityKey(_rsa) { KeyId = KeyId };
        var issuerTenant = flaw == SsoFlaw.IssuerOfAnotherTenant ? "99999999-9999-4999-8999-999999999999" : user.TenantId;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"{Instance.ToString().TrimEnd('/')}/{issuerTenant}/v2.0",
            Audience = flaw == SsoFlaw.WrongAudience ? "api://localhost/some-other-app" : Audience,
            NotBefore = flaw == SsoFlaw.Expired ? now.AddHours(-2) : now.AddMinutes(-1),
            Expires = flaw == SsoFlaw.Expired ? now.AddHours(-1) : now.AddMinutes(30),
            IssuedAt = flaw == SsoFlaw.Expired ? now.AddHours(-2) : now.AddMinutes(-1),
            Claims = new Dictionary<string, object> { ["oid"] = user.UserId, ["tid"] = user.TenantId, ["name"] = user.Name, ["scp"] = "access_as_user" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _rsa.Dispose();
    }

    private void MapEndpoints(WebApplication app)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new
        {
            issuer = $"{Instance.ToString().TrimEnd('/')}/{tenant}/v2.0",
            jwks_uri = new Uri(Instance, "keys").ToString(),
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/keys", () =>
        {
            var parameters = _rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) } } });
        });
        app.MapGet("/graph/v1.0/me/joinedTeams", (HttpContext context) =>
        {
            Interlocked.Increment(ref _graphCalls);
            var header = context.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            // The test's Graph token is the caller's SSO token passed through; its oid says who asks.
            var oid = new JsonWebToken(header["Bearer ".Length..]).GetPayloadValue<string>("oid");
            var teams = _teamsByUser.TryGetValue(oid, out var ids) ? ids : [];
            return Results.Json(new { value = teams.Select(t => new { id = Guid.NewGuid().ToString(), internalId = t, displayName = "Team " + t }) });
        });
    }
}

/// <summary>A person signing in to the tab.</summary>
public sealed record TabUser(string UserId, string Name, string TenantId);
