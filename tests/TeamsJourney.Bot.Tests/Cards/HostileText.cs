using System.Text.RegularExpressions;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>Text a participant might type that a card must show as typed: markdown, emoji, right-to-left, HTML.</summary>
internal static partial class HostileText
{
    public const string Sample = "**x** [a](b) _y_ `code` # title > quote 😀👩🏽‍💻 مرحبا بالعالم שלום <script>alert('x')</script> & \"quoted\" 'single' \\ [c]: http://evil.example";

    /// <summary><paramref name="length"/> characters of <see cref="Sample"/> repeated.</summary>
    public static string OfLength(int length)
    {
        var repeated = string.Concat(Enumerable.Repeat(Sample + " ", (length / (Sample.Length + 1)) + 1));
        return repeated[..length].TrimEnd() is { Length: > 0 } trimmed && char.IsHighSurrogate(trimmed[^1]) ? trimmed[..^1] : repeated[..length].TrimEnd();
    }

    /// <summary>True when the text holds a markdown link Teams would render: "[label](target)" with unescaped brackets.</summary>
    public static bool HasMarkdownLink(string text) => MarkdownLink().IsMatch(text);

    [GeneratedRegex(@"(?<!\\)\[[^\]]*(?<!\\)\]\(")]
    private static partial Regex MarkdownLink();
}
