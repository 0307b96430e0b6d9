using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>
/// The HTTP answer to an invoke activity: a status code and an optional JSON body. For
/// <c>adaptiveCard/action</c> the body is an Adaptive Card invoke response.
/// </summary>
public sealed class InvokeResponse
{
    /// <summary>Body type of a card answer.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Body type of a text answer (Teams shows it as a toast).</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Body type of an error answer.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";

    // A card answer keeps the card itself: it is written straight to the wire once (see TryEncodeCardWithin), and
    // built as a JSON tree only when something asks for the Body.
    private readonly AdaptiveCard? _card;
    private JsonNode? _body;

    private InvokeResponse(int status, JsonNode? body)
    {
        Status = status;
        _body = body;
    }

    private InvokeResponse(AdaptiveCard card)
    {
        Status = 200;
        _card = card;
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>The JSON body; null for an empty body.</summary>
    public JsonNode? Body => _body ??= _card is null ? null : CardEnvelope(AdaptiveCardSerializer.ToJsonNode(_card));

    /// <summary>Whether the answer has a body (without building it).</summary>
    internal bool HasBody => _card is not null || _body is not null;

    /// <summary>
    /// For a card answer: writes the body's compact UTF-8 JSON into <paramref name="buffer"/>, serialized once, and
    /// says whether it is at most <paramref name="budgetBytes"/>; false for other answers or over budget (the caller
    /// then shortens the Body).
    /// </summary>
    internal bool TryEncodeCardWithin(int budgetBytes, IBufferWriter<byte> buffer)
    {
        if (_card is null)
        {
            return false;
        }

        using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        writer.WriteNumber("statusCode", 200);
        writer.WriteString("type", CardType);
        writer.WritePropertyName("value");
        JsonSerializer.Serialize(writer, _card, CardJsonContext.Default.AdaptiveCard);
        writer.WriteEndObject();
        writer.Flush();
        return writer.BytesCommitted <= budgetBytes;
    }

    /// <summary>
    /// The answer for an invoke the bot does not handle: 501, empty body. Kept on purpose (issue 14 decided it): it is
    /// what the Bot Framework adapters answer, agreed with the Teams team (microsoft/botbuilder-dotnet#1039, reaffirmed
    /// by the maintainers in #6242; microsoft/botbuilder-js#1220: Teams only sends an invoke whose feature the app's
    /// manifest declares, so an unhandled one says "not implemented", not "bad request"). Our manifest declares card
    /// actions only (adaptiveCard/action, always answered 200 or 400), so a 501 only ever goes to a caller sending
    /// an invoke we never offered; it is not a failure of ours, and the fuzz benchmark counts it apart from 5xx.
    /// </summary>
    public static InvokeResponse NotImplemented { get; } = new(501, null);

    /// <summary>Replace the card the user acted on with <paramref name="card"/> (HTTP 200).</summary>
    public static InvokeResponse Card(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(card);
    }

    /// <summary>Replace the card the user acted on with the given card JSON (HTTP 200).</summary>
    public static InvokeResponse Card(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(200, CardEnvelope(card));
    }

    private static JsonObject CardEnvelope(JsonNode card) => new() { ["statusCode"] = 200, ["type"] = CardType, ["value"] = card };

    /// <summary>Show a short text to the user and keep the card as it is (HTTP 200).</summary>
    public static InvokeResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(200, new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = text });
    }

    /// <summary>
    /// An error answer such as a bad verb or bad data (400) or a failure (500). The HTTP status equals
    /// <paramref name="statusCode"/>, as in the Bot Framework SDKs.
    /// </summary>
    public static InvokeResponse Error(int statusCode, string code, string message)
    {
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An error answer has a 4xx or 5xx status.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(message);
        return new(statusCode, new JsonObject
        {
            ["statusCode"] = statusCode,
            ["type"] = ErrorType,
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        });
    }

    /// <summary>
    /// What the endpoint answers when the handler throws on an invoke: HTTP 200 carrying a 500 error body, so the
    /// user sees a readable message and the channel does not treat the exchange itself as failed.
    /// </summary>
    internal static InvokeResponse HandlerFailure { get; } = new(200, new JsonObject
    {
        ["statusCode"] = 500,
        ["type"] = ErrorType,
        ["value"] = new JsonObject { ["code"] = "InternalError", ["message"] = "Something went wrong with this action. Please try again." },
    });

    /// <summary>Any other invoke answer (e.g. task modules), HTTP 200 with the given body.</summary>
    public static InvokeResponse Ok(JsonNode? body = null) => new(200, body);
}
