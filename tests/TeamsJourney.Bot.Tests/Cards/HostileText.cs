using System.Text;
using System.Text.RegularExpressions;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>Text a participant might type that a card must show as typed: markdown, emoji, right-to-left, HTML.</summary>
internal static partial class HostileText
{
    public const string Sample = "**x** [a](b) _y_ `code` # title > quote 😀👩🏽‍💻 مرحبا بالعالم שלום <script>alert('x')</script> & \"quoted\" 'single' \\ [c]: http://evil.example";

    /// <summary>Exactly <paramref name="length"/> characters of <see cref="Sample"/> repeated, ending in a whole character.</summary>
    public static string OfLength(int length)
    {
        var text = new StringBuilder(length + Sample.Length);
        while (text.Length < length)
        {
            text.Append(Sample).Append(' ');
        }

        text.Length = length;

        // Never end in half an emoji or in a space the domain would trim away.
        text[^1] = '.';
        if (length > 1 && char.IsHighSurrogate(text[^2]))
        {
            text[^2] = '.';
        }

        return text.ToString();
    }

    /// <summary>True when the text holds a markdown link Teams would render: "[label](target)" with unescaped brackets.</summary>
    public static bool HasMarkdownLink(string text) => MarkdownLink().IsMatch(text);

    [GeneratedRegex(@"(?<!\\)\[[^\]]*(?<!\\)\]\(")]
    private static partial Regex MarkdownLink();
}
