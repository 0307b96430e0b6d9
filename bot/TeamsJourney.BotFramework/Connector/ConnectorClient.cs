using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API: send, reply in thread and update activities. Retries (429/412/502/504 with
/// Retry-After) are a policy of the HttpClient pipeline this client is given, not loops here. Members are
/// virtual so tests can fake the client.
/// </summary>
public class ConnectorClient
{
    private const int BodyExcerptLength = 512;

    private readonly HttpClient _httpClient = null!;
    private readonly IBotTokenProvider _tokenProvider = null!;
    private readonly ILogger _logger = NullLogger.Instance;

    /// <summary>Creates a client sending through <paramref name="httpClient"/> with tokens from <paramref name="tokenProvider"/>.</summary>
    public ConnectorClient(HttpClient httpClient, IBotTokenProvider tokenProvider, ILogger<ConnectorClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(tokenProvider);
        _httpClient = httpClient;
        _tokenProvider = tokenProvider;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>For mocking frameworks only.</summary>
    protected ConnectorClient()
    {
    }

    /// <summary>Posts a new activity to a conversation (<c>POST v3/conversations/{id}/activities</c>).</summary>
    public virtual Task<ResourceResponse> SendToConversationAsync(
        Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(HttpMethod.Post, ActivitiesUri(serviceUrl, conversationId, null), activity, cancellationToken);
    }

    /// <summary>Posts an activity as a reply in the thread of <paramref name="replyToId"/> (<c>POST .../activities/{replyToId}</c>).</summary>
    public virtual Task<ResourceResponse> ReplyToActivityAsync(
        Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(replyToId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(HttpMethod.Post, ActivitiesUri(serviceUrl, conversationId, replyToId), activity, cancellationToken);
    }

    /// <summary>Replaces an activity the bot sent earlier, e.g. to update a card (<c>PUT .../activities/{activityId}</c>).</summary>
    public virtual Task<ResourceResponse> UpdateActivityAsync(
        Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(HttpMethod.Put, ActivitiesUri(serviceUrl, conversationId, activityId), activity, cancellationToken);
    }

    /// <summary>
    /// <c>{serviceUrl}/v3/conversations/{id}/activities[/{activityId}]</c>, with ids escaped: Teams ids carry
    /// ':', '@' and ';' (e.g. <c>19:abc@thread.tacv2;messageid=1</c>).
    /// </summary>
    internal static Uri ActivitiesUri(Uri serviceUrl, string conversationId, string? activityId)
    {
        if (!serviceUrl.IsAbsoluteUri || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The serviceUrl '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        var root = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl.AbsoluteUri : serviceUrl.AbsoluteUri + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activityId is not null)
        {
            path += "/" + Uri.EscapeDataString(activityId);
        }

        return new Uri(root + path);
    }

    private async Task<ResourceResponse> SendAsync(HttpMethod method, Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            throw new ArgumentException("An outbound activity needs a type, e.g. 'message'.", nameof(activity));
        }

        var token = await AccessTokenForAsync(uri, cancellationToken);
        var content = new ByteArrayContent(FitToBudget(activity, method, uri));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        // Buffered so the retry policy can send the same content again.
        await request.Content.LoadIntoBufferAsync(cancellationToken);
        using var response = await _httpClient.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var excerpt = body.Length > BodyExcerptLength ? body[..BodyExcerptLength] : body;
            Log.ConnectorCallFailed(_logger, method.Method, uri.AbsolutePath, (int)response.StatusCode);
            throw new ConnectorException(
                $"The Connector answered {(int)response.StatusCode} {response.ReasonPhrase} to {method.Method} {uri.AbsolutePath}.",
                response.StatusCode,
                excerpt,
                RetryAfterOf(response));
        }

        return ReadResourceResponse(body);
    }

    // Retry-After comes as seconds or as a date; a date in the past means "now".
    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>
    /// The activity's JSON within <see cref="OutboundSizeBudget.MaxBytes"/>: one place every send, reply and update
    /// passes, so no input (a 100,000-character message, a card listing everything) can produce a message Teams
    /// refuses. Shortening is logged: it means a renderer let too much through.
    /// </summary>
    private byte[] FitToBudget(Activity activity, HttpMethod method, Uri uri)
    {
        // Almost every activity fits: written straight to UTF-8 once. Only one over budget is built as a JSON tree
        // for the size budget to shorten.
        var direct = JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJsonContext.Default.Activity);
        if (direct.Length <= OutboundSizeBudget.MaxBytes)
        {
            return direct;
        }

        var json = JsonSerializer.SerializeToNode(activity, ActivityJsonContext.Default.Activity)
            ?? throw new InvalidOperationException("An activity never serializes to JSON null.");
        var options = ActivityJsonContext.Default.Options;
        if (OutboundSizeBudget.Fit(json, options, out var shortened) is { } bytes)
        {
            if (shortened)
            {
                Log.OutboundActivityShortened(_logger, method.Method, uri.AbsolutePath, OutboundSizeBudget.MaxBytes);
            }

            return bytes;
        }

        // Not even shortened texts fit (e.g. a card of hundreds of elements): say so in the conversation rather than
        // have the Connector refuse the message and the person see nothing.
        Log.OutboundActivityReplaced(_logger, method.Method, uri.AbsolutePath, OutboundSizeBudget.MaxBytes);
        var notice = JsonSerializer.SerializeToNode(
            new Activity
            {
                Type = activity.Type,
                Text = "This message was too large for Teams to show. Type 'status' for the current card, or open the workshop tab.",
                TextFormat = "plain",
                ChannelId = activity.ChannelId,
                ServiceUrl = activity.ServiceUrl,
                Conversation = activity.Conversation,
                From = activity.From,
                ReplyToId = activity.ReplyToId,
                Id = activity.Id,
            },
            ActivityJsonContext.Default.Activity)!;
        return Encoding.UTF8.GetBytes(notice.ToJsonString(options));
    }

    private async Task<string?> AccessTokenForAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (!_tokenProvider.IsAnonymous)
        {
            return await _tokenProvider.GetAccessTokenAsync(cancellationToken);
        }

        // Without an identity the bot is in local development: it may only talk to a local emulator or playground.
        if (!uri.IsLoopback)
        {
            throw new ConnectorException(
                $"No Bot:AppId is configured, so outbound calls may only go to loopback service URLs; refused {uri.Host}.");
        }

        return null;
    }

    private static ResourceResponse ReadResourceResponse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ResourceResponse(string.Empty);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                    ? new ResourceResponse(id.GetString() ?? string.Empty)
                    : new ResourceResponse(string.Empty);
        }
        catch (JsonException ex)
        {
            throw new ConnectorException("The Connector answered success with a body that is not JSON.", ex);
        }
    }
}
