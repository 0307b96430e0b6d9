using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>
/// The last line of defence on the way out: whatever a handler built, an outbound activity or invoke answer is at most
/// <see cref="MaxBytes"/> of JSON. Over budget, the longest shown texts (<c>text</c>, <c>title</c>, an input's
/// <c>value</c>, ...) are shortened with an ellipsis, longest first, until it fits; ids, verbs, action data and
/// addresses are never touched, so every button still works. Renderers shorten sensibly first; this only catches
/// what they missed.
/// </summary>
public static class OutboundSizeBudget
{
    /// <summary>Teams refuses messages of about 100 KB; every message stays under this, with room to spare.</summary>
    public const int MaxBytes = AdaptiveCardSerializer.SizeBudgetBytes;

    private const int MinimumKeptCharacters = 60;
    private const int MaxRounds = 256;
    private const string Ellipsis = "…";

    // Members whose string values people read: shortening one loses words, never meaning for the protocol.
    private static readonly HashSet<string> ShownTexts = new(StringComparer.Ordinal)
    {
        "text", "title", "value", "placeholder", "fallbackText", "altText", "summary", "subtitle", "label", "errorMessage", "speak",
    };

    // Members whose content the channel or the bot reads back: left exactly as they are.
    private static readonly HashSet<string> Opaque = new(StringComparer.Ordinal)
    {
        "data", "choices", "id", "verb", "url", "serviceUrl", "conversation", "from", "recipient", "channelData", "entities",
        "replyToId", "type", "contentType", "$schema", "version", "refresh", "userIds", "channelId", "msteams",
    };

    /// <summary>
    /// The compact JSON of <paramref name="json"/> in UTF-8, shortened to fit <paramref name="budgetBytes"/> if
    /// needed; null when even shortening every shown text cannot make it fit (the caller sends a notice instead).
    /// </summary>
    /// <param name="json">The activity or invoke body; not changed.</param>
    /// <param name="options">The serializer options the bytes are written with (their encoder decides the size).</param>
    /// <param name="shortened">Whether any text was shortened.</param>
    /// <param name="budgetBytes">The budget, <see cref="MaxBytes"/> by default.</param>
    public static byte[]? Fit(JsonNode json, JsonSerializerOptions options, out bool shortened, int budgetBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        shortened = false;
        var bytes = Encode(json, options);
        if (bytes.Length <= budgetBytes)
        {
            return bytes;
        }

        var work = json.DeepClone();
        for (var round = 0; round < MaxRounds && bytes.Length > budgetBytes; round++)
        {
            var longest = ShownStrings(work).MaxBy(value => value.GetValue<string>().Length);
            var text = longest?.GetValue<string>();
            if (longest is null || text!.Length <= MinimumKeptCharacters)
            {
                return null;
            }

            // Every character is at least one byte of JSON, so cutting the excess (plus the ellipsis) in characters
            // from the longest text fits when that text alone is to blame; otherwise the next round takes the next one.
            var excess = bytes.Length - budgetBytes;
            var keep = Math.Max(MinimumKeptCharacters, Math.Min(text.Length / 2, text.Length - excess - 8));
            longest.ReplaceWith(JsonValue.Create(Shorten(text, keep)));
            shortened = true;
            bytes = Encode(work, options);
        }

        return bytes.Length <= budgetBytes ? bytes : null;
    }

    /// <summary><paramref name="text"/> cut to about <paramref name="length"/> characters with an ellipsis, never inside a surrogate pair.</summary>
    public static string Shorten(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length)
        {
            return text;
        }

        var cut = Math.Max(0, length - 1);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }

    private static byte[] Encode(JsonNode json, JsonSerializerOptions options) => Encoding.UTF8.GetBytes(json.ToJsonString(options));

    private static IEnumerable<JsonValue> ShownStrings(JsonNode? node, string? name = null)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (member, child) in obj)
                {
                    if (!Opaque.Contains(member))
                    {
                        foreach (var value in ShownStrings(child, member))
                        {
                            yield return value;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var value in ShownStrings(item, name))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValue value when name is not null && ShownTexts.Contains(name) && value.GetValueKind() == JsonValueKind.String:
                yield return value;
                break;
        }
    }
}
