using System.Globalization;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx.Plenary;

/// <summary>
/// The workshop's pooled initiatives: the impact/effort matrix (numbered chips, as for a group) beside the initiatives
/// ranked by workshop-wide dots with the groups that proposed them and their status; then the action plan of what
/// was agreed, with owner, due date, success measure, status and the pain points each addresses.
/// </summary>
internal static class WorkshopInitiativeSlides
{
    public const string MatrixTitle = "Initiatives across groups";
    public const string PlanTitle = "Action plan";
    private const double TableLeft = 6.2;
    private static readonly double[] MatrixColumns = [0.35, 2.1, 1.1, 0.6, 1.4, 12.833 - TableLeft - 0.35 - 2.1 - 1.1 - 0.6 - 1.4];
    private static readonly double[] PlanColumns = [0.35, 2.6, 1.6, 1.0, 2.6, 0.95, DeckGeometry.ContentWidthInches - 0.35 - 2.6 - 1.6 - 1.0 - 2.6 - 0.95];

    public static void Add(DeckBuilder deck, PreparedPlenary plenary)
    {
        Matrix(deck, plenary);
        if (plenary.ActionPlan.Count > 0)
        {
            Plan(deck, plenary);
        }
    }

    private static void Matrix(DeckBuilder deck, PreparedPlenary plenary)
    {
        var table = new PagedTable(["#", "Initiative", "Proposed by", "Dots", "Impact/effort", "Status"], MatrixColumns);
        foreach (var initiative in plenary.Initiatives)
        {
            var core = initiative.Core;
            table.Add(
            [
                new([new TextBlock(core.Rank.ToString(CultureInfo.InvariantCulture), PagedTable.CellBold)]),
                new([new TextBlock(table.Fit(core.Title, 1, 3), PagedTable.Cell)]),
                new([new TextBlock(table.Fit(string.Join(", ", initiative.Groups), 2, 3, PagedTable.Small), PagedTable.Small)]),
                new([new TextBlock(core.Votes.ToString(CultureInfo.InvariantCulture), PagedTable.Cell)]),
                new([new TextBlock(core.IsRated ? $"{core.Impact} / {core.Effort}\n{core.Quadrant}" : "not yet rated", PagedTable.Cell)], core.IsRated ? null : LanePalette.UnrecordedFill),
                new([new TextBlock(initiative.StatusText, PagedTable.Cell)], initiative.Status == PlanStatus.Proposed ? LanePalette.AssumptionFill : DeckTheme.PaleGreen),
            ]);
        }

        var notes = "Every group's ideas pooled, duplicates merged: where each falls on impact and effort (start with quick wins), the workshop-wide dots, who proposed it and whether it is agreed.\n"
            + string.Join("\n", plenary.Initiatives.Select(i => $"{i.Core.Rank}. {i.Core.Title} ({string.Join(", ", i.Groups)}): {i.Core.Scores}; {i.StatusText}."));
        var pages = table.Pages(DeckGeometry.ContentHeightInches);
        for (var p = 0; p < pages.Count; p++)
        {
            var rows = pages[p];
            deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
            {
                slide.Title(ColumnSlides.PartTitle(MatrixTitle, p, pages.Count));
                ImpactEffortMatrix.Draw(slide, plenary.Map);
                table.Draw(slide, "Pooled initiatives", "The workshop's initiatives ranked by workshop-wide dots: number, title, the groups that proposed it, dots, impact and effort, and status.",
                    TableLeft, DeckGeometry.ContentTopInches, rows);
            });
        }
    }

    private static void Plan(DeckBuilder deck, PreparedPlenary plenary)
    {
        var table = new PagedTable(["#", "Initiative", "Owner", "Due", "Success measure", "Status", "Pain points it addresses"], PlanColumns);
        foreach (var initiative in plenary.ActionPlan)
        {
            var core = initiative.Core;
            var pains = initiative.PainPoints.Count == 0
                ? [new TextBlock("none linked", PagedTable.Small)]
                : initiative.PainPoints.Take(4).Select(p => new TextBlock(table.Fit(p, 6, 2, PagedTable.Small), PagedTable.Small, Bullet: false)).ToList();
            if (initiative.PainPoints.Count > 4)
            {
                pains.Add(new TextBlock($"and {initiative.PainPoints.Count - 4} more (in the report)", PagedTable.Small));
            }

            table.Add(
            [
                new([new TextBlock(core.Rank.ToString(CultureInfo.InvariantCulture), PagedTable.CellBold)]),
                new([new TextBlock(table.Fit(core.Title, 1, 3), PagedTable.Cell)]),
                new([new TextBlock(table.Fit(core.Owner, 2, 2), PagedTable.Cell)], core.Plan?.Owner is null ? LanePalette.AssumptionFill : null),
                new([new TextBlock(core.Due, PagedTable.Cell)], core.Plan?.Due is null ? LanePalette.AssumptionFill : null),
                new([new TextBlock(table.Fit(core.Measure, 4, 3), PagedTable.Cell)], core.Plan?.Measure is null ? LanePalette.AssumptionFill : null, Italic: core.Plan?.Measure is null),
                new([new TextBlock(initiative.StatusText, PagedTable.CellBold)], initiative.Status == PlanStatus.Done ? DeckTheme.PaleGreen : null),
                new(pains),
            ]);
        }

        var notes = "What the workshop agreed to do: who owns each initiative, when it is due, how success will be measured, where it stands, and the pain points it addresses.\n"
            + string.Join("\n", plenary.ActionPlan.Select(i => $"{i.Core.Rank}. {i.Core.Title}: owner {i.Core.Owner}, due {i.Core.Due}, measure {i.Core.Measure}, {i.StatusText}; addresses {(i.PainPoints.Count == 0 ? "no linked pain point" : string.Join("; ", i.PainPoints))}."));
        var pages = table.Pages(DeckGeometry.ContentHeightInches);
        for (var p = 0; p < pages.Count; p++)
        {
            var rows = pages[p];
            deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
            {
                slide.Title(ColumnSlides.PartTitle($"{PlanTitle}: {plenary.ActionPlan.Count} agreed initiative{(plenary.ActionPlan.Count == 1 ? string.Empty : "s")}", p, pages.Count));
                table.Draw(slide, "Action plan", "The agreed initiatives: number, title, owner, due date, success measure, status and the pain points it addresses.",
                    DeckGeometry.MarginInches, DeckGeometry.ContentTopInches, rows);
            });
        }
    }
}
