using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Every map item sorted into facts and assumptions, with its source and where it sits.</summary>
internal static class EvidenceAppendix
{
    public static void Add(DeckBuilder deck, PreparedReport report)
    {
        var blocks = new List<TextBlock>();
        Section(blocks, report, EvidenceKind.Fact, "Facts");
        Section(blocks, report, EvidenceKind.Assumption, "Assumptions");
        ColumnSlides.AddFlowing(deck, "Appendix: evidence", "Facts have a source; assumptions still need testing. Use this list to plan research.", blocks, 2, "Evidence");
    }

    private static void Section(List<TextBlock> blocks, PreparedReport report, EvidenceKind kind, string heading)
    {
        var entries = report.Groups
            .SelectMany(g => g.Items.Where(i => i.Kind == kind).Select(i =>
                $"{i.Text} (source: {i.Source ?? "none given"}; {g.Name}, {g.StageLabel(i.StageIndex)}, {LaneCatalog.Label(i.Lane)})"))
            .ToList();
        blocks.Add(new TextBlock($"{heading} ({entries.Count})", DeckGeometry.SmallHeading));
        blocks.AddRange(ColumnSlides.BulletsOrNone(entries, DeckGeometry.SmallBullet, "None recorded."));
    }
}
