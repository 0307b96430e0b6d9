using System.Buffers;
using System.Text;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Bot.Cards;

/// <summary>How user text and domain values read on a card.</summary>
internal static class CardText
{
    // What Quote escapes (Adaptive Card markdown) or replaces (line breaks).
    private static readonly SearchValues<char> MarkdownOrLineBreak = SearchValues.Create("*_[]`#>\\\r\n");

    /// <summary>
    /// User text shortened for a card line, with Adaptive Card markdown neutralised so an answer such
    /// as "**urgent** [link](x)" shows as typed rather than being formatted or turned into a link.
    /// </summary>
    public static string Quote(string text, int maxLength = 280)
    {
        var shortened = Shorten(text, maxLength);

        // Most answers have nothing to escape: those are returned as they are, without copying them character by character.
        if (shortened.AsSpan().IndexOfAny(MarkdownOrLineBreak) < 0)
        {
            return shortened;
        }

        var builder = new StringBuilder(shortened.Length + 8);
        foreach (var c in shortened)
        {
            if (c is '*' or '_' or '[' or ']' or '`' or '#' or '>' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// User text shortened for a place Teams shows as plain text (a button's title, a choice): no markdown is
    /// rendered there, so escaping would show the backslashes ("Q1\_ redesign"); line breaks become spaces.
    /// </summary>
    public static string Plain(string text, int maxLength = 280) =>
        Shorten(text, maxLength).ReplaceLineEndings(" ");

    private static string Shorten(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, CutBefore(text, maxLength - 1)), "…");

    public static string Channel(TouchpointChannel channel) => channel switch
    {
        TouchpointChannel.InPerson => "In person",
        TouchpointChannel.Phone => "Phone",
        TouchpointChannel.Web => "Website",
        TouchpointChannel.App => "App",
        TouchpointChannel.Email => "Email",
        TouchpointChannel.Letter => "Letter",
        TouchpointChannel.SocialMedia => "Social media",
        TouchpointChannel.Chat => "Web chat",
        _ => "Other",
    };

    public static string Emotion(int score) => score switch
    {
        -2 => "😣 Very negative",
        -1 => "🙁 Negative",
        0 => "😐 Neutral",
        1 => "🙂 Positive",
        _ => "😀 Very positive",
    };

    public static string Evidence(Evidence? evidence) => evidence switch
    {
        null => string.Empty,
        { Kind: EvidenceKind.Fact, Source: { Length: > 0 } source } => $" — fact ({Quote(source, 80)})",
        { Kind: EvidenceKind.Fact } => " — fact",
        { Source: { Length: > 0 } source } => $" — assumption ({Quote(source, 80)})",
        _ => " — assumption",
    };

    // Cutting between the halves of a surrogate pair (an emoji) would send an invalid character that
    // shows as "�" in Teams, so the cut moves back to the start of that character.
    private static int CutBefore(string text, int length) =>
        length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
}
