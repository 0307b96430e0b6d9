using System.Globalization;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx.Map;

/// <summary>
/// One map item as a card, like the tab's sticky note: its evidence badge and channel on a small top line, then its
/// text, shortened to the lines the lane gives it (the full text goes to the speaker notes and the report).
/// </summary>
/// <remarks>
/// A compact card (for a crowded cell) is one line: channel and text, with the badge at its right end.
/// </remarks>
internal sealed record MapCard(PreparedItem Item, string ShownText, bool Shortened, double HeightPt, bool Compact = false)
{
    /// <summary>Room the badge takes at the right of a compact card, in points.</summary>
    public const double CompactBadgePt = 44;

    public static readonly TextStyle TextStyle = new(8, 0, 0, Bold: false);
    public static readonly TextStyle MetaStyle = new(7, 0, 1.5, Bold: true);
    public const double InsetHorizontalPt = 4;
    public const double InsetVerticalPt = 2.5;
    public const double GapPt = 2;
    public const double CompactInsetVerticalPt = 1.5;

    /// <summary>Height of a card with no text lines: insets and the badge line.</summary>
    public static double FixedHeightPt => (2 * InsetVerticalPt) + MetaStyle.LineHeightPt + MetaStyle.SpaceAfterPt;

    /// <summary>Lines of text a card may show in a band of <paramref name="bandHeightPt"/> (at least one, at most five).</summary>
    public static int MaxLines(double bandHeightPt) =>
        Math.Clamp((int)Math.Floor((bandHeightPt - (2 * GapPt) - FixedHeightPt) / TextStyle.LineHeightPt), 1, 5);

    /// <summary>Height of a compact card.</summary>
    public static double CompactHeightPt => (2 * CompactInsetVerticalPt) + TextStyle.LineHeightPt;

    public static MapCard CompactFor(PreparedItem item, double widthInches)
    {
        var widthPt = (widthInches * 72) - (2 * InsetHorizontalPt) - CompactBadgePt;
        var text = item.Channel is null ? item.Text : $"{item.Channel} · {item.Text}";
        var (shown, shortened) = TextFit.Shorten(text, widthPt, TextStyle, 1);
        return new MapCard(item, shown, shortened, CompactHeightPt, Compact: true);
    }

    public static MapCard For(PreparedItem item, double widthInches, int maxLines)
    {
        var widthPt = (widthInches * 72) - (2 * InsetHorizontalPt);
        var (shown, shortened) = TextFit.Shorten(item.Text, widthPt, TextStyle, maxLines);
        var lines = shortened ? maxLines : TextMeasure.LineCount(shown, widthPt, TextStyle.FontPt);
        return new MapCard(item, shown, shortened, FixedHeightPt + (Math.Max(1, lines) * TextStyle.LineHeightPt));
    }

    public (string Label, string FillHex, string TextHex, string? Dash) Badge => Item.Kind switch
    {
        EvidenceKind.Fact => ("Fact", LanePalette.FactFill, LanePalette.FactText, null),
        EvidenceKind.Assumption => ("Assumption", LanePalette.AssumptionFill, LanePalette.AssumptionText, "dash"),
        _ => ("Not recorded", LanePalette.UnrecordedFill, LanePalette.UnrecordedText, "sysDot"),
    };

    /// <summary>What a screen reader announces for the card as a whole.</summary>
    public string Description(string stage)
    {
        var evidence = Item.Kind switch
        {
            EvidenceKind.Fact => Item.Source is null ? "fact" : $"fact ({Item.Source})",
            EvidenceKind.Assumption => "assumption",
            _ => "evidence not recorded",
        };
        var channel = Item.Channel is null ? string.Empty : $", channel {Item.Channel}";
        var text = Item.Text.Length <= 300 ? Item.Text : Item.Text[..StringInfo.ParseCombiningCharacters(Item.Text).Last(i => i <= 300)] + "… (full text in the notes)";
        return $"{LaneCatalog.Of(Item.Lane).Label} note in stage {stage}, {evidence}{channel}: {text}";
    }
}
