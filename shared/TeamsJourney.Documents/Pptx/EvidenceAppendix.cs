using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// Every map item sorted into facts, assumptions and items whose evidence nobody recorded, with its source and where
/// it sits. Unrecorded items get their own section so they are never passed off as either.
/// </summary>
internal static class EvidenceAppendix
{
    public static void Add(DeckBuilder deck, PreparedReport report)
    {
        var blocks = new List<TextBlock>();
        Section(blocks, report, EvidenceKind.Fact, "Facts");
        Section(blocks, report, EvidenceKind.Assumption, "Assumptions");
        Section(blocks, report, null, "Evidence not recorded");
        ColumnSlides.AddFlowing(deck, "Appendix: evidence", "Facts have a source; assumptions still need testing; for the rest nobody said which they are. Use this list to plan research.", blocks, 2, "Evidence");
    }

    // A null kind selects the items whose evidence was not recorded.
    private static void Section(List<TextBlock> blocks, PreparedReport report, EvidenceKind? kind, string heading)
    {
        var entries = report.Groups
            .SelectMany(g => g.Items.Where(i => i.Kind == kind).Select(i =>
                $"{i.Text} ({SourceText(i)}; {g.Name}, {g.StageLabel(i.StageIndex)}, {LaneCatalog.Label(i.Lane)})"))
            .ToList();
        blocks.Add(new TextBlock($"{heading} ({entries.Count})", DeckGeometry.SmallHeading));
        blocks.AddRange(ColumnSlides.BulletsOrNone(entries, DeckGeometry.SmallBullet, kind is null ? "None: every item says whether it is a fact or an assumption." : "None recorded."));
    }

    private static string SourceText(PreparedItem item) =>
        item.EvidenceNotRecorded ? "not recorded as fact or assumption" : $"source: {item.Source ?? "none given"}";
}
