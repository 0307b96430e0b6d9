namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// Typo tolerance for typed commands: the optimal-string-alignment distance (Damerau-Levenshtein where each
/// letter is edited at most once: insert, delete, replace, or swap two neighbours) from a short message to each
/// keyword. Short keywords tolerate one typo, longer ones two, so "nxet", "stauts" and "go bakc" are caught and
/// real answers ("nest box by the gate") are not.
/// </summary>
internal static class CommandSpelling
{
    // Longer messages are answers: a keyword is at most "advance all groups", 18 characters.
    private const int LongestTypo = 22;

    /// <summary>The keyword <paramref name="typed"/> is a typo of, or null.</summary>
    public static string? Closest(string typed, IEnumerable<string> keywords)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim().ToLowerInvariant();
        if (text.Length is < 2 or > LongestTypo)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var keyword in keywords.Where(k => k.Length >= 3))
        {
            var distance = Distance(text, keyword.ToLowerInvariant());
            if (distance > 0 && distance <= Tolerance(keyword) && distance < bestDistance)
            {
                (best, bestDistance) = (keyword, distance);
            }
        }

        return best;
    }

    // One typo in a word of up to 4 letters, two in longer ones: "nest" is one from "next" and is asked about,
    // "net" too; a typo budget of two on four letters would catch "text", "sent" and "best".
    private static int Tolerance(string keyword) => keyword.Length <= 4 ? 1 : 2;

    /// <summary>The optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
