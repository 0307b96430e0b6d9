using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx.Plenary;

/// <summary>
/// Evidence strength per stage, per group and overall (the share of notes backed by a fact), and where to research
/// next: the stages that rest most on assumptions, named with how many notes there are to test.
/// </summary>
internal static class EvidenceByStageSlides
{
    public const string Title = "Evidence strength by stage";

    // More groups than this do not fit as columns; their per-group shares stay in the report.
    private const int MaxGroupColumns = 6;

    public static void Add(DeckBuilder deck, PreparedPlenary plenary)
    {
        var stages = plenary.Stages;
        if (stages.All(s => s.Evidence.Total == 0))
        {
            return;
        }

        var groups = plenary.Groups.Count is > 1 and <= MaxGroupColumns ? plenary.Groups : [];
        const double stageWidth = 2.2, overallWidth = 1.5;
        var groupWidth = groups.Count == 0 ? 0 : Math.Min(1.1, 5.0 / groups.Count);
        var researchWidth = DeckGeometry.ContentWidthInches - stageWidth - overallWidth - (groupWidth * groups.Count);
        var table = new PagedTable(
            ["Stage", "Backed by facts", .. groups, "Research next"],
            [stageWidth, overallWidth, .. groups.Select(_ => groupWidth), researchWidth]);
        var first = ResearchFirst(stages);
        foreach (var (stage, index) in stages.Select((s, i) => (s, i)))
        {
            var e = stage.Evidence;
            var cells = new List<TableCellSpec>
            {
                new([new TextBlock(table.Fit(stage.Name, 0, 2, PagedTable.CellBold), PagedTable.CellBold)]),
                new([new TextBlock(PreparedPlenary.Percent(e.FactShare), PagedTable.CellBold), new TextBlock($"{e.Facts} of {e.Total} notes", PagedTable.Small)], Shade(e.FactShare)),
            };
            cells.AddRange(groups.Select((_, g) => new TableCellSpec([new TextBlock(PreparedPlenary.Percent(stage.EvidenceByGroup[g].FactShare), PagedTable.Cell)], Shade(stage.EvidenceByGroup[g].FactShare))));
            cells.Add(new([new TextBlock(table.Fit(Research(e, first.Contains(index)), cells.Count, 3), PagedTable.Cell)], first.Contains(index) ? LanePalette.AssumptionFill : null));
            table.Add(cells);
        }

        var all = new EvidenceCount(stages.Sum(s => s.Evidence.Facts), stages.Sum(s => s.Evidence.Assumptions), stages.Sum(s => s.Evidence.Unmarked));
        var notes = $"Evidence strength is the share of notes backed by a fact: {PreparedPlenary.Percent(all.FactShare)} over the whole workshop ({all.Facts} of {all.Total}). "
            + "Stages shaded as research first rest most on assumptions: test those before designing changes for them.";
        var pages = table.Pages(DeckGeometry.ContentHeightInches - 0.45);
        for (var p = 0; p < pages.Count; p++)
        {
            var rows = pages[p];
            deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
            {
                slide.Title(ColumnSlides.PartTitle(Title, p, pages.Count));
                slide.TextBox("Evidence overall", SlideRect.FromInches(DeckGeometry.MarginInches, DeckGeometry.ContentTopInches, DeckGeometry.ContentWidthInches, 0.4),
                    [new TextBlock($"Over the whole workshop {PreparedPlenary.Percent(all.FactShare)} of notes are backed by a fact ({all.Facts} of {all.Total}); {PreparedPlenary.Are(all.Assumptions)} assumptions and {PreparedPlenary.Are(all.Unmarked)} not marked.", new TextStyle(12, 0, 0, Bold: false))]);
                table.Draw(slide, "Evidence by stage", "Per stage: the share of notes backed by a fact overall and per group, and what to research next.",
                    DeckGeometry.MarginInches, DeckGeometry.ContentTopInches + 0.45, rows);
            });
        }
    }

    // The two weakest stages with notes (below half backed by facts) are where research pays most.
    internal static HashSet<int> ResearchFirst(IReadOnlyList<PlenaryStage> stages) =>
        [.. stages.Select((s, i) => (s.Evidence, i))
            .Where(p => p.Evidence.Total > 0 && p.Evidence.FactShare < 0.5)
            .OrderBy(p => p.Evidence.FactShare).ThenByDescending(p => p.Evidence.Total)
            .Take(2)
            .Select(p => p.i)];

    internal static string Research(EvidenceCount evidence, bool first)
    {
        if (evidence.Total == 0)
        {
            return "No notes in this stage yet.";
        }

        var open = evidence.Assumptions + evidence.Unmarked;
        if (open == 0)
        {
            return "Every note is backed by a fact.";
        }

        var what = $"{evidence.Assumptions} assumption{(evidence.Assumptions == 1 ? string.Empty : "s")} to test"
            + (evidence.Unmarked > 0 ? $", {evidence.Unmarked} note{(evidence.Unmarked == 1 ? string.Empty : "s")} not marked" : string.Empty);
        return first ? $"Research first: {what}." : $"{what}.";
    }

    private static string? Shade(double? share) => share switch
    {
        null => LanePalette.UnrecordedFill,
        < 0.25 => DeckTheme.PaleRed,
        < 0.5 => DeckTheme.PaleAmber,
        _ => DeckTheme.PaleGreen,
    };
}
