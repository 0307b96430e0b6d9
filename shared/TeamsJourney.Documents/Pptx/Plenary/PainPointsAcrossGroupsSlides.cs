using System.Globalization;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx.Plenary;

/// <summary>
/// The workshop's top pain points: the pain point clusters most groups raised, each with its provenance (every group's
/// note, fact or assumption, the source) so a director sees what rests on evidence and what is still belief.
/// </summary>
internal static class PainPointsAcrossGroupsSlides
{
    public const string Title = "Top pain points across groups";
    private const int Top = 10;
    private static readonly double[] Columns = [0.35, 3.1, 1.7, 0.8, DeckGeometry.ContentWidthInches - 0.35 - 3.1 - 1.7 - 0.8];

    public static void Add(DeckBuilder deck, PreparedPlenary plenary)
    {
        var ranked = plenary.TopPainPoints();
        if (ranked.Count == 0)
        {
            return;
        }

        var table = new PagedTable(["#", "Pain point", "Stage", "Groups", "Provenance: group, evidence, who wrote it"], Columns);
        foreach (var (cluster, n) in ranked.Take(Top).Select((c, i) => (c.Cluster, i + 1)))
        {
            var provenance = cluster.Notes.Select(note => new TextBlock(
                table.Fit($"{note.Group} · {PreparedPlenary.EvidenceText(note.Evidence)}{(note.Author is null ? string.Empty : " · " + note.Author)}: {note.Text}", 4, 2, PagedTable.Small),
                PagedTable.Small)).ToList();
            var facts = cluster.Notes.Count(x => x.Evidence?.Kind == EvidenceKind.Fact);
            table.Add(
            [
                new([new TextBlock(n.ToString(CultureInfo.InvariantCulture), PagedTable.CellBold)]),
                new([new TextBlock(table.Fit(cluster.Name, 1, 3), PagedTable.Cell), new TextBlock($"{facts} of {cluster.Notes.Count} notes backed by a fact", PagedTable.Small)], facts == 0 ? LanePalette.AssumptionFill : null),
                new([new TextBlock(table.Fit(plenary.Stages[cluster.StageIndex].Name, 2, 2), PagedTable.Cell)]),
                new([new TextBlock(cluster.GroupCount.ToString(CultureInfo.InvariantCulture), PagedTable.CellBold)]),
                new(provenance),
            ]);
        }

        var more = ranked.Count - Math.Min(Top, ranked.Count);
        var notes = "The pain points raised by the most groups first. Each note keeps its group, whether it is a fact or an assumption and its source: pain points with no fact behind them (shaded) are the first things to research."
            + (more > 0 ? $" {more} more pain point clusters are in the report." : string.Empty) + "\n"
            + string.Join("\n", ranked.Take(Top).Select((c, i) => $"{i + 1}. {c.Cluster.Name} ({PreparedPlenary.GroupCountText(c.Cluster.GroupCount)}): " + string.Join("; ", c.Cluster.Notes.Select(x => $"{x.Group}, {PreparedPlenary.EvidenceText(x.Evidence)}: {x.Text}"))));
        var pages = table.Pages(DeckGeometry.ContentHeightInches);
        for (var p = 0; p < pages.Count; p++)
        {
            var rows = pages[p];
            deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
            {
                slide.Title(ColumnSlides.PartTitle(Title, p, pages.Count));
                table.Draw(slide, "Top pain points", "The workshop's top pain points, most groups first: the pain point, its stage, how many groups raised it, and each group's note with its evidence.",
                    DeckGeometry.MarginInches, DeckGeometry.ContentTopInches, rows);
            });
        }
    }
}
