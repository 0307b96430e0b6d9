using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>
/// JSON that parses is not always text: raw bytes that are not UTF-8, or an escape such as <c>"\ud800"</c> without its
/// other half, only fail later, when some handler reads that string (an inner 500 deep in a card action). Both are
/// found here, once, before the activity is handed on.
/// </summary>
internal static class JsonTextCheck
{
    /// <summary>What is wrong with the text of the document, or null when every string and name is readable text.</summary>
    public static string? FindInvalidText(ReadOnlySpan<byte> utf8Json)
    {
        if (!Utf8.IsValid(utf8Json))
        {
            return "The request body is not valid UTF-8.";
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                // Only escaped strings can hold a lone surrogate: raw bytes were checked as UTF-8 above.
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !IsText(ref reader))
                {
                    return $"The request body holds an escaped half of a surrogate pair without its other half (byte {reader.TokenStartIndex}), which is not text.";
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the deserializer with its position.
            return null;
        }

        return null;
    }

    private static bool IsText(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
