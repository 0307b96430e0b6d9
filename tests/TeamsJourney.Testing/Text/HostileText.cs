using System.Text;
using System.Text.RegularExpressions;

namespace TeamsJourney.Testing.Text;

/// <summary>Text a careless or malicious participant might type: markup, control characters, lone surrogates, right-to-left, emoji, very long answers.</summary>
public static partial class HostileText
{
    public const string Markup = "<script>alert('x')</script> & \"quotes\" 'apostrophes' </w:t></a:t>";
    public const string ControlCharacters = "bell\u0007 null\u0000 escape\u001B form\u000C vertical\u000B end";
    public const string LoneSurrogates = "high \uD83D alone, low \uDE00 alone";
    public const string NonCharacters = "nonchar \uFFFE and \uFFFF";
    public const string RightToLeft = "שלום עולם, הפח לא נאסף";
    public const string Arabic = "مرحبا، لم يتم جمع الحاوية";
    public const string Emoji = "🗑️ 🚛 👩🏽‍💻 🇬🇧 ❤️‍🔥";

    /// <summary>A 10,000-character answer made of words, so renderers can wrap it.</summary>
    public static readonly string LongAnswer = Repeat("The crew did not come back and nobody told me why. ", 10_000);

    /// <summary>A 3,000-character answer with no space to wrap at.</summary>
    public static readonly string UnbrokenAnswer = Repeat("x", 3_000);

    public static string Mixed => $"{Markup} {ControlCharacters} {LoneSurrogates} {NonCharacters} {RightToLeft} {Arabic} {Emoji}";

    /// <summary>Markdown, emoji, right-to-left and HTML in one line: text a card must show as typed.</summary>
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

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
