using System.Globalization;
using System.Text;

namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// Whether two sticky notes say much the same thing: the share of meaningful words they have in common (Jaccard
/// over lower-cased word stems, small words left out). Deliberately simple and explainable: the facilitator reviews
/// every suggested cluster and can split or merge it.
/// </summary>
public static class TextSimilarity
{
    /// <summary>At or above this share of shared words two notes are suggested as one cluster.</summary>
    public const double Threshold = 0.5;

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "i", "in", "is", "it", "its",
        "of", "on", "or", "our", "so", "that", "the", "their", "they", "this", "to", "was", "we", "were", "with", "you",
    };

    /// <summary>The share of shared words, 0..1.</summary>
    public static double Score(string first, string second)
    {
        var a = Words(first);
        var b = Words(second);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>True when the notes share enough words to be suggested together.</summary>
    public static bool AreSimilar(string first, string second) => Score(first, second) >= Threshold;

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(char.ToLowerInvariant(ch));
                continue;
            }

            Add(words, word);
        }

        Add(words, word);
        return words;
    }

    private static void Add(HashSet<string> words, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = Stem(word.ToString());
        word.Clear();
        if (!SmallWords.Contains(text))
        {
            words.Add(text);
        }
    }

    // A light English plural/tense trim so "bins" meets "bin" and "missed" meets "miss"; nothing cleverer is needed
    // to suggest clusters a person then checks.
    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, false, CultureInfo.InvariantCulture))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
