namespace TeamsJourney.Documents.Layout;

/// <summary>
/// Shortens text to a number of lines for places with fixed room (a card, a stage header, a summary line). Callers
/// put the full text somewhere a reader can get it: the speaker notes, the appendix and the report.
/// </summary>
internal static class TextFit
{
    public const string Ellipsis = "…";

    /// <summary>
    /// The text cut to at most <paramref name="maxChars"/> characters at a word boundary, with an ellipsis: for lists
    /// where one very long entry must not push the others onto extra slides.
    /// </summary>
    public static (string Text, bool Shortened) Clip(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return (text, false);
        }

        var cut = text.LastIndexOf(' ', maxChars - 1);
        cut = cut > maxChars / 2 ? cut : maxChars - 1;
        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return (text[..cut].TrimEnd() + Ellipsis, true);
    }

    /// <summary>The text cut at a word boundary (or a character, for one long word) with an ellipsis when it needs more than <paramref name="maxLines"/> lines.</summary>
    public static (string Text, bool Shortened) Shorten(string text, double widthPt, TextStyle style, int maxLines)
    {
        var ends = TextMeasure.LineEnds(text, widthPt, style.FontPt);
        if (ends.Count <= maxLines)
        {
            return (text, false);
        }

        var cut = ends[maxLines - 1];
        while (cut > 0)
        {
            var candidate = text[..cut].TrimEnd() + Ellipsis;
            if (TextMeasure.LineCount(candidate, widthPt, style.FontPt) <= maxLines)
            {
                return (candidate, true);
            }

            var space = text.LastIndexOf(' ', cut - 1);
            cut = space > 0 && cut - space < 20 ? space : cut - 1;
            if (cut > 0 && char.IsLowSurrogate(text[cut]))
            {
                cut--;
            }
        }

        return (Ellipsis, true);
    }
}
