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
        ColumnSlides.AddFlowing(deck, "Appendix: evidence", $"Facts have a source; assumptions still need testing; for the rest nobody said which they are. Use this list to plan research. Notes longer than {MaxChars} characters are shortened here; their full text is in the speaker notes of their map slide and in the report.", blocks, 2, "Evidence");
    }

    // A null kind selects the items whose evidence was not recorded.
    private static void Section(List<TextBlock> blocks, PreparedReport report, EvidenceKind? kind, string heading)
    {
        var entries = report.Groups
            .SelectMany(g => g.Items.Where(i => i.Kind == kind).Select(i =>
                $"{TextFit.Clip(i.Text, MaxChars).Text} ({SourceText(i)}; {g.Name}, {g.StageLabel(i.StageIndex)}, {LaneCatalog.Label(i.Lane)})"))
            .ToList();
        // An empty section is left out rather than headed "None": the counts in the other headings already say it.
        if (entries.Count > 0)
        {
            blocks.Add(new TextBlock($"{heading} ({entries.Count})", DeckGeometry.SmallHeading));
            blocks.AddRange(ColumnSlides.BulletsOrNone(entries, DeckGeometry.SmallBullet, string.Empty));
        }
    }

    /// <summary>Longest note text in the list; one very long note must not push the others onto extra slides.</summary>
    public const int MaxChars = 200;

    private static string SourceText(PreparedItem item) =>
        item.EvidenceNotRecorded ? "not recorded as fact or assumption" : $"source: {(item.Source is null ? "none given" : TextFit.Clip(item.Source, MaxChars).Text)}";
}
