using System.Text;

namespace TeamsJourney.Documents.Text;

/// <summary>
/// Makes user text safe to put in an XML part. XML 1.0 forbids most C0 control characters, U+FFFE/U+FFFF and
/// unpaired surrogates; writing them either throws or produces a file Office refuses to open.
/// Valid text (including right-to-left scripts and emoji, which are surrogate pairs) is returned unchanged.
/// </summary>
public static class XmlTextSanitizer
{
    /// <summary>Stands in for a broken surrogate so the reader sees that something was there.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Returns <paramref name="text"/> with forbidden control characters removed, tabs and line breaks kept,
    /// and lone surrogates replaced by U+FFFD. Null becomes the empty string.
    /// </summary>
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var firstBad = FindFirstInvalid(text);
        return firstBad < 0 ? text : Rebuild(text, firstBad);
    }

    /// <summary>Whether <paramref name="text"/> can be written to XML as it is.</summary>
    public static bool IsValid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindFirstInvalid(text) < 0;
    }

    private static int FindFirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsAllowedSingle(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Rebuild(string text, int firstBad)
    {
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(Replacement);
            }
            else if (IsAllowedSingle(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Tab, LF and CR are the only control characters XML 1.0 allows; U+FFFE and U+FFFF are non-characters.
    private static bool IsAllowedSingle(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= '\u0020' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');
}
