using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Units;

namespace TeamsJourney.Documents.Pptx.Plenary;

/// <summary>
/// A table that continues on further slides instead of running off one: rows are measured with the same text metrics
/// as every other box, and a slide takes rows while they fit under its header row.
/// </summary>
internal sealed class PagedTable(IReadOnlyList<string> headers, IReadOnlyList<double> columnInches)
{
    public static readonly TextStyle Cell = new(9, 0, 0, Bold: false);
    public static readonly TextStyle CellBold = new(9, 0, 0, Bold: true);
    public static readonly TextStyle Small = new(8, 0, 0, Bold: false);
    private const double HeaderPt = 22;
    private const double CellInsetsPt = 14.4;
    private readonly List<TableRowSpec> _rows = [];

    public IReadOnlyList<double> ColumnInches => columnInches;

    public double Width => columnInches.Sum();

    public int RowCount => _rows.Count;

    /// <summary>Room for text in a column, in points.</summary>
    public double TextWidth(int column) => (columnInches[column] * 72) - CellInsetsPt;

    /// <summary>Text shortened to fit <paramref name="lines"/> lines of a column.</summary>
    public string Fit(string text, int column, int lines, TextStyle? style = null) => TextFit.Shorten(text, TextWidth(column), style ?? Cell, lines).Text;

    public void Add(IReadOnlyList<TableCellSpec> cells)
    {
        var height = cells.Select((c, i) => TextFlow.Measure(c.Blocks, TextWidth(i))).Max() + 7.2 + 1;
        _rows.Add(new TableRowSpec(Emu.FromPoints(new Points(height)), cells));
    }

    /// <summary>The rows split into slides of at most <paramref name="heightInches"/> each (header included).</summary>
    public List<List<TableRowSpec>> Pages(double heightInches)
    {
        var room = (heightInches * 72) - HeaderPt - 4;
        var pages = new List<List<TableRowSpec>> { new() };
        var used = 0.0;
        foreach (var row in _rows)
        {
            var height = row.Height.ToPoints().Value;
            if (used + height > room && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = 0;
            }

            pages[^1].Add(row);
            used += height;
        }

        return pages;
    }

    public void Draw(SlideXmlWriter slide, string name, string description, double leftInches, double topInches, IReadOnlyList<TableRowSpec> rows)
    {
        var header = new TableRowSpec(Emu.FromPoints(new Points(HeaderPt)), [.. headers.Select((h, i) => new TableCellSpec([new TextBlock(TextFit.Shorten(h, TextWidth(i), CellBold, 1).Text, CellBold)], DeckTheme.Navy, DeckTheme.White))]);
        slide.Table(name, description, Emu.FromInches(leftInches), Emu.FromInches(topInches), [.. columnInches.Select(Emu.FromInches)], [header, .. rows]);
    }
}
