using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsJourney.BotFramework.Tests.Support;

/// <summary>Builds signed JWTs the way a channel would, with one knob per thing a test wants to break.</summary>
public sealed class TokenBuilder
{
    private string _issuer;
    private string _audience;
    private SigningKey _key;
    private string? _serviceUrl;
    private string? _tenantId;
    private DateTime _notBefore = DateTime.UtcNow.AddMinutes(-1);
    private DateTime _expires = DateTime.UtcNow.AddMinutes(30);

    public TokenBuilder(string issuer, string audience, SigningKey key, string? serviceUrl)
    {
        _issuer = issuer;
        _audience = audience;
        _key = key;
        _serviceUrl = serviceUrl;
    }

    public TokenBuilder WithIssuer(string issuer) { _issuer = issuer; return this; }

    public TokenBuilder WithAudience(string audience) { _audience = audience; return this; }

    public TokenBuilder SignedWith(SigningKey key) { _key = key; return this; }

    public TokenBuilder WithServiceUrl(string? serviceUrl) { _serviceUrl = serviceUrl; return this; }

    public TokenBuilder WithTenant(string tenantId) { _tenantId = tenantId; return this; }

    public TokenBuilder ExpiredAgo(TimeSpan age)
    {
        _expires = DateTime.UtcNow - age;
        _notBefore = _expires.AddHours(-1);
        return this;
    }

    public TokenBuilder ValidFromIn(TimeSpan delay)
    {
        _notBefore = DateTime.UtcNow + delay;
        _expires = _notBefore.AddHours(1);
        return this;
    }

    public string Build()
    {
        var claims = new Dictionary<string, object>();
        if (_serviceUrl is not null)
        {
            claims["serviceurl"] = _serviceUrl;
        }

        if (_tenantId is not null)
        {
            claims["tid"] = _tenantId;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            Audience = _audience,
            NotBefore = _notBefore,
            IssuedAt = _notBefore,
            Expires = _expires,
            Claims = claims,
            SigningCredentials = _key.Credentials,
        });
    }

    /// <summary>The same claims with <c>alg: none</c> and no signature.</summary>
    public string BuildUnsigned()
    {
        var payload = new JsonObject
        {
            ["iss"] = _issuer,
            ["aud"] = _audience,
            ["nbf"] = new DateTimeOffset(_notBefore).ToUnixTimeSeconds(),
            ["exp"] = new DateTimeOffset(_expires).ToUnixTimeSeconds(),
            ["serviceurl"] = _serviceUrl,
        };
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = _key.KeyId };
        return Encode(header) + "." + Encode(payload) + ".";
    }

    public string AsHeader() => "Bearer " + Build();

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
