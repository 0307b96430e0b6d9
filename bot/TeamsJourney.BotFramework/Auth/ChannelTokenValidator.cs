using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Auth;

/// <summary>
/// Validates the bearer JWT on inbound activities. Tokens are routed by issuer: Bot Framework channel tokens
/// (checked against the channel metadata, the <c>serviceurl</c> claim and the key's channel endorsements) and
/// Entra tokens from the bot's own tenant or the Bot Service tenants. Only RS256 is accepted.
/// </summary>
public sealed partial class ChannelTokenValidator : IChannelTokenValidator
{
    private const string BearerPrefix = "Bearer ";
    private static readonly string[] AcceptedAlgorithms = [SecurityAlgorithms.RsaSha256];

    private readonly IOptions<BotAuthenticationOptions> _options;
    private readonly OpenIdMetadataCache _metadata;
    private readonly ILogger<ChannelTokenValidator> _logger;
    private readonly JsonWebTokenHandler _handler = new();

    internal ChannelTokenValidator(
        IOptions<BotAuthenticationOptions> options,
        OpenIdMetadataCache metadata,
        ILogger<ChannelTokenValidator> logger)
    {
        _options = options;
        _metadata = metadata;
        _logger = logger;
    }

    /// <summary>Creates a validator that fetches metadata through <paramref name="httpClientFactory"/>.</summary>
    public ChannelTokenValidator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        ILogger<ChannelTokenValidator> logger,
        TimeProvider? timeProvider = null)
        : this(options, new OpenIdMetadataCache(httpClientFactory, options, timeProvider ?? TimeProvider.System), logger)
    {
    }

    /// <inheritdoc />
    public async Task<ChannelAuthResult> ValidateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var options = _options.Value;
        if (options.IsAnonymous)
        {
            return ChannelAuthResult.Anonymous;
        }

        var result = await ValidateTokenAsync(authorizationHeader, activity, options, cancellationToken);
        if (!result.Succeeded)
        {
            Log.TokenRejected(_logger, activity.Id, result.FailureReason);
        }

        return result;
    }

    private async Task<ChannelAuthResult> ValidateTokenAsync(
        string? authorizationHeader, Activity activity, BotAuthenticationOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return ChannelAuthResult.Failure("The request has no Authorization header.");
        }

        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ChannelAuthResult.Failure("The Authorization header is not a Bearer token.");
        }

        var rawToken = authorizationHeader[BearerPrefix.Length..].Trim();
        if (!_handler.CanReadToken(rawToken))
        {
            return ChannelAuthResult.Failure("The bearer token is not a well-formed JWT.");
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(rawToken);
        }
        catch (ArgumentException ex)
        {
            // SecurityTokenMalformedException derives from ArgumentException.
            return ChannelAuthResult.Failure($"The bearer token is not a well-formed JWT ({ex.GetType().Name}).");
        }

        // Checked before any metadata is fetched: channels sign with RS256 only, and "none" must never get further.
        if (!string.Equals(token.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return ChannelAuthResult.Failure($"The token is signed with '{token.Alg}'; only RS256 is accepted.");
        }

        var route = ResolveRoute(token, options);
        if (route is null)
        {
            return ChannelAuthResult.Failure($"The token issuer '{token.Issuer}' is not trusted.");
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await GetConfigurationKnowingKeyAsync(route.MetadataUrl, token.Kid, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            // Without keys nothing can be trusted; the channel retries, and the error is logged for operators.
            Log.MetadataUnavailable(_logger, route.MetadataUrl, ex);
            return ChannelAuthResult.Failure("The issuer's signing keys could not be fetched.");
        }

        var validation = await _handler.ValidateTokenAsync(rawToken, Parameters(route, configuration, options));
        if (!validation.IsValid)
        {
            return ChannelAuthResult.Failure(Describe(validation.Exception));
        }

        var bindingFailure = CheckServiceUrl(token, activity, route)
            ?? (route.IsChannelToken ? CheckEndorsement(configuration, token.Kid, activity.ChannelId) : null);
        return bindingFailure is null
            ? ChannelAuthResult.Success(validation.ClaimsIdentity)
            : ChannelAuthResult.Failure(bindingFailure);
    }

    // An unknown key id usually means the issuer rotated its keys: refresh once (rate-limited by the cache).
    private async Task<OpenIdConnectConfiguration> GetConfigurationKnowingKeyAsync(
        string metadataUrl, string? keyId, CancellationToken cancellationToken)
    {
        var configuration = await _metadata.GetAsync(metadataUrl, cancellationToken);
        if (string.IsNullOrEmpty(keyId) || configuration.SigningKeys.Any(key => key.KeyId == keyId))
        {
            return configuration;
        }

        Log.UnknownSigningKey(_logger, keyId, metadataUrl);
        return await _metadata.RefreshAsync(metadataUrl, cancellationToken);
    }

    private static TokenValidationParameters Parameters(
        TokenRoute route, OpenIdConnectConfiguration configuration, BotAuthenticationOptions options) => new()
    {
        ValidIssuers = route.ValidIssuers,
        ValidAudience = options.AppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = AcceptedAlgorithms,
        ClockSkew = options.ClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
    };

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The token is for another audience than this bot's app id.",
        SecurityTokenInvalidIssuerException => "The token issuer is not valid for its signing metadata.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with a key the issuer does not publish.",
        SecurityTokenInvalidSignatureException => "The token signature is invalid.",
        SecurityTokenInvalidAlgorithmException => "The token is not signed with RS256.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        null => "The token is invalid.",
        _ => $"The token is invalid ({exception.GetType().Name}).",
    };
}
