using System.Text;
using System.Text.Json;

namespace TeamsJourney.Domain.Scenarios.ScriptFormat;

/// <summary>
/// Reads script JSON into <see cref="ScriptNode"/>s with Utf8JsonReader, turning each token's
/// byte offset into a line number. Syntax errors become a single load error with JsonException's
/// line number.
/// </summary>
internal static class ScriptTreeParser
{
    /// <summary>Scripts are hand-written documents; anything larger is a mistake or an attack.</summary>
    public const int MaxBytes = 1_000_000;

    private const int MaxDepth = 32;

    public static ScriptNode? Parse(string json, List<ScenarioLoadError> errors)
    {
        // A byte order mark is harmless in a file but not valid JSON text.
        var bytes = Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));
        if (bytes.Length > MaxBytes)
        {
            errors.Add(new ScenarioLoadError(1, "", $"the script is {bytes.Length:N0} bytes; the limit is {MaxBytes:N0}"));
            return null;
        }

        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                errors.Add(new ScenarioLoadError(1, "", "the script is empty"));
                return null;
            }

            var root = ReadValue(ref reader, "", lineStarts, errors);
            if (reader.Read())
            {
                errors.Add(new ScenarioLoadError(LineOf(reader.TokenStartIndex, lineStarts), "", "unexpected content after the end of the script"));
            }

            return root;
        }
        catch (JsonException ex)
        {
            errors.Add(new ScenarioLoadError((int)(ex.LineNumber ?? 0) + 1, "", $"not valid JSON: {FirstSentence(ex.Message)}"));
            return null;
        }
    }

    private static ScriptNode ReadValue(ref Utf8JsonReader reader, string path, int[] lineStarts, List<ScenarioLoadError> errors)
    {
        var line = LineOf(reader.TokenStartIndex, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new ScriptNode(ScriptNodeKind.Object, line, path);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameLine = LineOf(reader.TokenStartIndex, lineStarts);
                    var name = ReadText(ref reader, path, nameLine, errors);
                    var childPath = ScriptNode.ChildPath(path, name);
                    reader.Read();
                    var child = ReadValue(ref reader, childPath, lineStarts, errors);
                    if (obj.Property(name) is not null)
                    {
                        errors.Add(new ScenarioLoadError(nameLine, childPath, "appears more than once"));
                        continue;
                    }

                    obj.Properties.Add(new(name, child));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new ScriptNode(ScriptNodeKind.Array, line, path);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, ScriptNode.ItemPath(path, array.Items.Count), lineStarts, errors));
                }

                return array;
            case JsonTokenType.String:
                return new ScriptNode(ScriptNodeKind.String, line, path) { Text = ReadText(ref reader, path, line, errors) };
            case JsonTokenType.Number:
                return new ScriptNode(ScriptNodeKind.Number, line, path) { Number = reader.TryGetDecimal(out var number) ? number : null };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new ScriptNode(ScriptNodeKind.Boolean, line, path) { Boolean = reader.GetBoolean() };
            default:
                return new ScriptNode(ScriptNodeKind.Null, line, path);
        }
    }

    // An escape such as "\ud800" without its other half is valid JSON but not text: the reader throws when asked for the
    // string. It is a load error at its line like any other, and the value reads as the replacement character.
    private static string ReadText(ref Utf8JsonReader reader, string path, int line, List<ScenarioLoadError> errors)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            errors.Add(new ScenarioLoadError(line, path, "holds an escaped half of a surrogate pair (such as \\ud800) without its other half, which is not text"));
            return "\uFFFD";
        }
    }

    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int LineOf(long offset, int[] lineStarts)
    {
        var index = Array.BinarySearch(lineStarts, (int)offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
