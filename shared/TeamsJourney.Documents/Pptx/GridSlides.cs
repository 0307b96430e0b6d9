using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Units;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// Draws a stages-by-lanes grid as native tables over as many slides as the text needs. Row heights come from the
/// layout engine, so the table never grows past the slide; text that does not fit continues on the next slide.
/// </summary>
internal static class GridSlides
{
    public const int MaxStagesPerSlide = 6;
    private const double LabelColumnInches = 1.45;
    private const double DividerRowPt = 15;

    private static readonly TextStyle CellStyle = new(9, 9, 2, Bold: false);
    private static readonly TextStyle HeaderStyle = new(10, 0, 0, Bold: true);
    private static readonly TextStyle LabelStyle = new(10, 0, 0, Bold: true);
    private static readonly TextStyle DividerStyle = new(8, 0, 0, Bold: false);

    public static void Add(DeckBuilder deck, PreparedGroup group, string title, string what, IReadOnlyList<Lane> lanes, bool withLines)
    {
        var headers = group.Stages.Select(s => s.Name).ToList();
        var chunks = Math.Max(1, (int)Math.Ceiling(headers.Count / (double)MaxStagesPerSlide));
        var perSlide = Math.Max(1, (int)Math.Ceiling(headers.Count / (double)chunks));
        var labelWidth = LabelColumnInches * 72;
        var spec = new GridSpec(
            DeckGeometry.ContentHeightInches * 72,
            labelWidth,
            ((DeckGeometry.ContentWidthInches * 72) - labelWidth) / perSlide,
            perSlide,
            2 * DeckGeometry.InsetVertical.Value,
            2 * DeckGeometry.InsetHorizontal.Value,
            DividerRowPt,
            CellStyle,
            HeaderStyle,
            LabelStyle);
        var gridLanes = lanes.Select(lane => new GridLane(
            LaneCatalog.Label(lane),
            [.. Enumerable.Range(0, headers.Count).Select(s => (IReadOnlyList<TextBlock>)[.. group.Cell(lane, s).Select(i => new TextBlock(i.CellText, CellStyle, Bullet: true))])],
            withLines && LaneCatalog.LineBelow(lane) is { } line ? line.Label : null)).ToList();
        var pages = GridLayout.Paginate(headers, gridLanes, spec);
        var description = $"{what} table for {group.Name}. Rows are lanes: {string.Join(", ", lanes.Select(LaneCatalog.Label))}. Columns are stages in order.";
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var stages = string.Join(" → ", headers.Skip(page.FirstColumn).Take(page.ColumnCount));
            var notes = $"{what} for {group.Name}, stages {stages}. {page.Rows.Sum(r => r.Cells.Sum(c => c.Count))} notes on this slide; walk the lanes top to bottom.";
            deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
            {
                slide.Title(ColumnSlides.PartTitle($"{title}: {group.Name}", p, pages.Count));
                var widths = new List<Emu> { Emu.FromPoints(new Points(labelWidth)) };
                widths.AddRange(Enumerable.Repeat(Emu.FromPoints(new Points(spec.ColumnWidthPt)), page.ColumnCount));
                slide.Table($"{what} table", description, Emu.FromInches(DeckGeometry.MarginInches), Emu.FromInches(DeckGeometry.ContentTopInches), widths, Rows(page, headers));
            });
        }
    }

    private static List<TableRowSpec> Rows(GridPage page, IReadOnlyList<string> headers)
    {
        var rows = new List<TableRowSpec>();
        var header = new List<TableCellSpec> { new([new TextBlock("Lane", HeaderStyle)], DeckTheme.Navy, DeckTheme.White) };
        header.AddRange(headers.Skip(page.FirstColumn).Take(page.ColumnCount)
            .Select(h => new TableCellSpec([new TextBlock(h, HeaderStyle)], DeckTheme.Navy, DeckTheme.White)));
        rows.Add(new TableRowSpec(Height(page.HeaderHeightPt), header));
        foreach (var row in page.Rows)
        {
            var fill = row.Label == LaneCatalog.Label(Lane.PainPoint) ? DeckTheme.PaleRed
                : row.Label == LaneCatalog.Label(Lane.Opportunity) ? DeckTheme.PaleGreen
                : null;
            var cells = new List<TableCellSpec> { new([new TextBlock(row.Label, LabelStyle)], DeckTheme.Mist, DeckTheme.Navy) };
            cells.AddRange(row.Cells.Select(c => new TableCellSpec(c, fill)));
            rows.Add(new TableRowSpec(Height(row.HeightPt), cells));
            if (row.DividerBelow is { } divider)
            {
                rows.Add(new TableRowSpec(Height(DividerRowPt), [new TableCellSpec([new TextBlock(divider, DividerStyle)], null, DeckTheme.Red, Italic: true)], DeckTheme.Red));
            }
        }

        return rows;
    }

    private static Emu Height(double points) => Emu.FromPoints(new Points(points));
}
