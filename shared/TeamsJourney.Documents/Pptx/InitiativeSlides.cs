using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.Units;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// A group's initiatives on one slide: the impact/effort matrix with each rated initiative placed by its scores, and
/// the action plan ranked by votes. Owner, date and measure show what was agreed and say "not agreed yet" otherwise.
/// Many initiatives continue the plan on further slides.
/// </summary>
internal static class InitiativeSlides
{
    public const string Title = "Initiatives and action plan";
    private const double TableLeft = 6.2;
    private static readonly TextStyle Cell = new(9, 0, 0, Bold: false);
    private static readonly TextStyle Header = new(9, 0, 0, Bold: true);
    private static readonly double[] ColumnInches = [0.35, 2.55, 0.55, 0.85, 12.833 - TableLeft - 0.35 - 2.55 - 0.55 - 0.85];

    public static void Add(DeckBuilder deck, PreparedGroup group)
    {
        var header = new TableRowSpec(Emu.FromPoints(new Points(22)), [.. new[] { "#", "Initiative", "Votes", "Impact / effort", "Owner · due · measure" }
            .Select(h => new TableCellSpec([new TextBlock(h, Header)], DeckTheme.Navy, DeckTheme.White))]);
        var pages = new List<List<TableRowSpec>> { new() };
        var room = (DeckGeometry.ContentHeightInches * 72) - 22 - 4;
        var used = 0.0;
        foreach (var initiative in group.Initiatives)
        {
            var row = Row(initiative);
            var height = row.Height.ToPoints().Value;
            if (used + height > room && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = 0;
            }

            pages[^1].Add(row);
            used += height;
        }

        var notes = $"The initiatives of {group.Name}: where each falls on impact and effort (start with quick wins), its votes, and what is agreed to take it forward.\n"
            + string.Join("\n", group.Initiatives.Select(i => $"{i.Rank}. {i.Title}: {i.Scores}; owner {i.Owner}, due {i.Due}, measure {i.Measure}."));
        for (var p = 0; p < pages.Count; p++)
        {
            var rows = pages[p];
            deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
            {
                slide.Title(ColumnSlides.PartTitle($"{Title}: {group.Name}", p, pages.Count));
                ImpactEffortMatrix.Draw(slide, group);
                slide.Table("Action plan", $"Action plan of {group.Name}, ranked by votes: number, initiative, votes, impact and effort, and the agreed owner, due date and measure.",
                    Emu.FromInches(TableLeft), Emu.FromInches(DeckGeometry.ContentTopInches), [.. ColumnInches.Select(Emu.FromInches)], [header, .. rows]);
            });
        }
    }

    private static TableRowSpec Row(PreparedInitiative initiative)
    {
        var (title, _) = TextFit.Shorten(initiative.Title, (ColumnInches[1] * 72) - 14.4, Cell, 3);
        var scores = initiative.IsRated ? $"{initiative.Impact} / {initiative.Effort}\n{initiative.Quadrant}" : "not yet rated";
        List<TextBlock> plan = initiative.PlanNotAgreed
            ? [new TextBlock("Not agreed yet", Cell)]
            : [new TextBlock($"Owner: {initiative.Owner}", Cell), new TextBlock($"Due: {initiative.Due}", Cell), new TextBlock(TextFit.Shorten($"Measure: {initiative.Measure}", (ColumnInches[4] * 72) - 14.4, Cell, 2).Text, Cell)];
        var cells = new List<TableCellSpec>
        {
            new([new TextBlock(initiative.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), Header)]),
            new([new TextBlock(title, Cell)]),
            new([new TextBlock(initiative.Votes.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell)]),
            new([new TextBlock(scores, Cell)], initiative.IsRated ? null : LanePalette.UnrecordedFill),
            new(plan, initiative.PlanNotAgreed ? LanePalette.AssumptionFill : null, Italic: initiative.PlanNotAgreed),
        };
        var height = cells.Select((c, i) => TextFlow.Measure(c.Blocks, (ColumnInches[i] * 72) - 14.4)).Max() + 7.2 + 1;
        return new TableRowSpec(Emu.FromPoints(new Points(height)), cells);
    }
}
