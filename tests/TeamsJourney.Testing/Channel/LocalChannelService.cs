using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace TeamsJourney.Testing.Channel;

/// <summary>
/// A local stand-in for the Bot Framework channel service on a real loopback port: it publishes OpenID
/// metadata and signing keys (so the host validates real RS256 tokens signed here), and it records the
/// bot's outbound Connector calls (send, reply, update) and answers them as the Connector does.
/// An anonymous local host (no app id, as with the M365 Agents Playground) uses it as its loopback Connector.
/// </summary>
public sealed class LocalChannelService : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "local-channel-key";
    private const string UnendorsedKeyId = "local-unendorsed-key";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _unendorsedRsa = RSA.Create(2048);
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _nextActivityId;

    private LocalHttpServer _server = null!;

    /// <summary>The service URL the channel puts on activities: Connector calls come back here.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Where the host reads the channel's OpenID metadata.</summary>
    public Uri OpenIdMetadataUrl => new(ServiceUrl, ".well-known/openidconfiguration");

    public IReadOnlyCollection<ConnectorCall> Calls => [.. _calls];

    /// <summary>
    /// The clock each recorded call is stamped with (<see cref="ConnectorCall.At"/>). A test that gives the host a fake
    /// clock sets the same one here: the outbox paces each thread on the host's clock, so its send limits are checked
    /// in that time.
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public static async Task<LocalChannelService> StartAsync()
    {
        var service = new LocalChannelService();
        service._server = await LocalHttpServer.StartAsync(service.MapEndpoints);
        service.ServiceUrl = service._server.BaseAddress;
        return service;
    }

    /// <summary>A channel token as Teams would send it for this service, or one with the given flaw.</summary>
    public string IssueToken(string audience, TokenFlaw flaw = TokenFlaw.None)
    {
        var now = DateTime.UtcNow;
        var (notBefore, expires) = flaw switch
        {
            TokenFlaw.Expired => (now.AddHours(-2), now.AddHours(-1)),
            TokenFlaw.NotYetValid => (now.AddHours(1), now.AddHours(2)),
            _ => (now.AddMinutes(-1), now.AddMinutes(30)),
        };
        using var strangerKey = RSA.Create(2048);
        var signingKey = flaw switch
        {
            TokenFlaw.UnknownKey => new RsaSecurityKey(strangerKey) { KeyId = "a-key-nobody-published" },
            TokenFlaw.UnendorsedKey => new RsaSecurityKey(_unendorsedRsa) { KeyId = UnendorsedKeyId },
            _ => new RsaSecurityKey(_rsa) { KeyId = KeyId },
        };
        var serviceUrl = flaw == TokenFlaw.ServiceUrlMismatch ? "https://smba.trafficmanager.net/elsewhere/" : ServiceUrl.ToString();
        var handler = new JwtSecurityTokenHandler();
        var token = handler.WriteToken(handler.CreateJwtSecurityToken(
            issuer: flaw == TokenFlaw.WrongIssuer ? "https://issuer.example.org" : Issuer,
            audience: flaw == TokenFlaw.WrongAudience ? "00000000-some-other-bot" : audience,
            subject: new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            notBefore: notBefore,
            expires: expires,
            issuedAt: notBefore,
            signingCredentials: new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256)));
        return flaw switch
        {
            TokenFlaw.BadSignature => token[..^6] + (token[^6..] == "AAAAAA" ? "BBBBBB" : "AAAAAA"),
            TokenFlaw.AlgNone => Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + token.Split('.')[1] + ".",
            _ => token,
        };
    }

    public void ClearCalls() => _calls.Clear();

    /// <summary>Waits for a matching call, looking only at calls after the first <paramref name="skip"/>.</summary>
    public async Task<ConnectorCall> WaitForCallAsync(Func<ConnectorCall, bool> match, TimeSpan? timeout = null, int skip = 0)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var found = _calls.Skip(skip).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No matching Connector call within the timeout; saw {_calls.Count}: "
            + string.Join(", ", _calls.Select(c => $"{c.Method} {c.Path}")));
    }

    /// <summary>How many Adaptive Cards the bot has sent or updated in a conversation so far.</summary>
    public int CardCount(string conversationId) => _calls.Count(c => c.IsCardFor(conversationId));

    /// <summary>The newest Adaptive Card the bot sent into a conversation after the first <paramref name="afterCount"/>, waiting for it if needed.</summary>
    public async Task<JsonObject> WaitForCardAsync(string conversationId, int afterCount)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var cards = _calls.Where(c => c.IsCardFor(conversationId)).Select(c => c.Card!).ToList();
            if (cards.Count > afterCount)
            {
                return cards[^1];
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The bot sent no new card to {conversationId} within 10 s.");
    }

    private void MapEndpoints(WebApplication app)
    {
        app.MapGet("/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = new Uri(ServiceUrl, "keys").ToString(),
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        app.MapGet("/keys", () =>
        {
            var endorsed = _rsa.ExportParameters(includePrivateParameters: false);
            var unendorsed = _unendorsedRsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new object[]
                {
                    new
                    {
                        kty = "RSA",
                        use = "sig",
                        kid = KeyId,
                        n = Base64UrlEncoder.Encode(endorsed.Modulus),
                        e = Base64UrlEncoder.Encode(endorsed.Exponent),
                        endorsements = new[] { "msteams" },
                    },

                    // Real key sets have published keys without endorsements; they must not sign channel tokens.
                    new
                    {
                        kty = "RSA",
                        use = "sig",
                        kid = UnendorsedKeyId,
                        n = Base64UrlEncoder.Encode(unendorsed.Modulus),
                        e = Base64UrlEncoder.Encode(unendorsed.Exponent),
                    },
                },
            });
        });
        app.MapMethods("/v3/conversations/{conversationId}/activities/{**activityId}", ["POST", "PUT"], RecordAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", RecordAsync);
    }

    private async Task<IResult> RecordAsync(HttpContext context, string conversationId, string? activityId = null)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var id = context.Request.Method == "PUT" && activityId is not null
            ? activityId
            : $"activity-{Interlocked.Increment(ref _nextActivityId)}";
        _calls.Enqueue(new ConnectorCall(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            conversationId,
            activityId,
            context.Request.Headers.Authorization.ToString(),
            body?.AsObject() ?? [],
            id,
            Clock.GetUtcNow()));
        return Results.Json(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _rsa.Dispose();
        _unendorsedRsa.Dispose();
    }
}

/// <summary>One outbound call the bot made to the Connector, as the channel service saw it.</summary>
public sealed record ConnectorCall(string Method, string Path, string ConversationId, string? ActivityId, string Authorization, JsonObject Activity, string ReturnedId, DateTimeOffset At)
{
    /// <summary>The conversation id as the bot meant it (unescaped from the path).</summary>
    public string Conversation => Uri.UnescapeDataString(ConversationId);

    /// <summary>True for an update (PUT) of an activity the bot sent earlier.</summary>
    public bool IsUpdate => Method == "PUT";

    /// <summary>True when the call went to <paramref name="conversationId"/> (compared unescaped).</summary>
    public bool IsFor(string conversationId) => Uri.UnescapeDataString(ConversationId) == conversationId;

    /// <summary>The first Adaptive Card attachment's content, if the activity carries one.</summary>
    public JsonObject? Card => Activity["attachments"]?.AsArray()
        .FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();

    /// <summary>True when this call carries a card into <paramref name="conversationId"/> (compared unescaped).</summary>
    public bool IsCardFor(string conversationId) => Card is not null && Uri.UnescapeDataString(ConversationId) == conversationId;

    public string CardText => Card?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty;
}
