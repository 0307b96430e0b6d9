namespace TeamsJourney.Documents.Pptx;

/// <summary>A lane's colours: the pale band and card fill, and the strong colour of its edge and label.</summary>
internal readonly record struct LaneColours(string PaleHex, string StrongHex);

/// <summary>
/// The tab's lane and badge colours (tabs/web/src/styles/themes.css and items.css, light theme), so the deck reads
/// like the map people built. Strong colours are only used for edges and for text on the pale fills, where
/// <c>DeckContrastTests</c> checks WCAG AA.
/// </summary>
internal static class LanePalette
{
    public const string FactFill = "DFF6DD";
    public const string FactText = "0B5A0B";
    public const string AssumptionFill = "FFF4CE";
    public const string AssumptionText = "6B4F00";
    public const string UnrecordedFill = "F3F4F6";
    public const string UnrecordedText = "4B5563";
    public const string BlueprintLine = "4F52B2";
    public const string Curve = "1F6FB2";

    public static LaneColours Of(Lane lane) => lane switch
    {
        Lane.CustomerAction => new("FFF8D6", "7A5E00"),
        Lane.Touchpoint => new("EFE9FB", "5B4AB0"),
        Lane.Thought => new("E6F2FB", "1F5F99"),
        Lane.PainPoint => new("FDE7E9", "A4262C"),
        Lane.Opportunity => new("E5F5E5", "1E6B1E"),
        Lane.PhysicalEvidence => new("E3F4F3", "026669"),
        Lane.Frontstage => new("FFF0E0", "9A3D0A"),
        Lane.Backstage => new("EEF0F3", "4F5B60"),
        Lane.SupportProcess => new("F0EEF3", "6A4C99"),
        _ => new("F3F3F3", "4B5563"),
    };

    /// <summary>Every pair of text and background colours the deck sets, for the contrast test.</summary>
    public static IEnumerable<(string Text, string Background, string Where)> TextPairs()
    {
        foreach (var lane in Enum.GetValues<Lane>())
        {
            var colours = Of(lane);
            yield return (colours.StrongHex, colours.PaleHex, $"{lane} label");
            yield return (DeckTheme.Ink, colours.PaleHex, $"{lane} card text");
            yield return (colours.StrongHex, DeckTheme.White, $"{lane} channel on white");
        }

        yield return (FactText, FactFill, "fact badge");
        yield return (AssumptionText, AssumptionFill, "assumption badge");
        yield return (UnrecordedText, UnrecordedFill, "not recorded badge");
    }
}
