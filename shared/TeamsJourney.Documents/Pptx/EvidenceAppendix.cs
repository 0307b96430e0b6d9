using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// The evidence behind the maps: every fact with its source, every note whose evidence nobody recorded (so it is never
/// passed off as either), and the assumptions still to test counted by group and lane (the report lists each one).
/// </summary>
internal static class EvidenceAppendix
{
    public static void Add(DeckBuilder deck, PreparedReport report)
    {
        var blocks = new List<TextBlock>();
        Section(blocks, report, EvidenceKind.Fact, "Facts");
        Section(blocks, report, null, "Evidence not recorded");
        AssumptionCounts(blocks, report);
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
            blocks.AddRange(ColumnSlides.BulletsOrNone(entries, Entry, string.Empty));
        }
    }

    // Assumptions are most of a workshop's notes and each is already badged on its card; the deck counts them where
    // they sit so research can be planned, and the report lists every one with its place on the map.
    private static void AssumptionCounts(List<TextBlock> blocks, PreparedReport report)
    {
        var total = report.Groups.Sum(g => g.Items.Count(i => i.Kind == EvidenceKind.Assumption));
        if (total == 0)
        {
            return;
        }

        blocks.Add(new TextBlock($"Assumptions to test ({total}), listed in full in the report", DeckGeometry.SmallHeading));
        foreach (var group in report.Groups)
        {
            var byLane = group.Items.Where(i => i.Kind == EvidenceKind.Assumption).GroupBy(i => i.Lane).OrderBy(g => LaneCatalog.Of(g.Key).Order)
                .Select(g => $"{g.Count()} {LaneCatalog.Label(g.Key).ToLowerInvariant()}").ToList();
            if (byLane.Count > 0)
            {
                blocks.Add(new TextBlock($"{group.Name}: {string.Join(", ", byLane)}", Entry, Bullet: true));
            }
        }
    }

    /// <summary>Longest note text in the list; one very long note must not push the others onto extra slides.</summary>
    public const int MaxChars = 200;

    private static readonly TextStyle Entry = DeckGeometry.SmallBullet;

    private static string SourceText(PreparedItem item) =>
        item.EvidenceNotRecorded ? "not recorded as fact or assumption" : $"source: {(item.Source is null ? "none given" : TextFit.Clip(item.Source, MaxChars).Text)}";
}
