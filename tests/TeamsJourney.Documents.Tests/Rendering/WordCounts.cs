using System.Text.RegularExpressions;

namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>
/// Counts plain words, so text written into a file can be compared with text a renderer put on the page even
/// when lines wrap differently. Runs of one repeated letter are skipped: renderers break those anywhere.
/// </summary>
internal static partial class WordCounts
{
    public static Dictionary<string, int> Of(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in WordRegex().Matches(text))
        {
            var word = match.Value;
            if (word.All(c => c == word[0]))
            {
                continue;
            }

            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    /// <summary>Words written more often than they were rendered: text lost on the way to the page.</summary>
    public static List<string> Missing(Dictionary<string, int> written, Dictionary<string, int> rendered) =>
        [.. written.Where(w => rendered.GetValueOrDefault(w.Key) < w.Value).Select(w => $"{w.Key}: written {w.Value}, rendered {rendered.GetValueOrDefault(w.Key)}")];

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]{3,20}(?![A-Za-z])")]
    private static partial Regex WordRegex();
}
