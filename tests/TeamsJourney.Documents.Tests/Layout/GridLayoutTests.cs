using TeamsJourney.Documents.Layout;

namespace TeamsJourney.Documents.Tests.Layout;

public sealed class GridLayoutTests
{
    private static readonly TextStyle Cell = new(9, 9, 2, Bold: false);
    private static readonly TextStyle Bold = new(10, 0, 0, Bold: true);
    private static readonly GridSpec Spec = new(400, 100, 120, 6, 7.2, 14.4, 15, Cell, Bold, Bold);

    [Fact]
    public void Every_page_fits_the_area_even_with_a_10000_character_note()
    {
        var lanes = Lanes(3, 4, (lane, stage) => lane == 1 && stage == 2 ? [new TextBlock(new string('y', 10_000), Cell)] : [new TextBlock("short note", Cell)]);

        var pages = GridLayout.Paginate(Headers(4), lanes, Spec);

        Assert.True(pages.Count > 3);
        Assert.All(pages, page => Assert.True(page.TotalHeightPt(Spec.DividerRowPt) <= Spec.AreaHeightPt + 0.01));
    }

    [Fact]
    public void Text_continues_on_later_pages_without_loss()
    {
        var note = string.Join(' ', Enumerable.Range(1, 2_000).Select(i => $"n{i}"));
        var lanes = Lanes(2, 2, (lane, stage) => lane == 0 && stage == 1 ? [new TextBlock(note, Cell)] : []);

        var pages = GridLayout.Paginate(Headers(2), lanes, Spec);

        Assert.Equal(note, string.Join(' ', pages.SelectMany(p => p.Rows[0].Cells[1]).Select(b => b.Text)));
    }

    [Fact]
    public void Stages_beyond_the_page_width_go_to_their_own_pages()
    {
        var pages = GridLayout.Paginate(Headers(8), Lanes(2, 8, (_, _) => [new TextBlock("note", Cell)]), Spec with { MaxColumns = 4 });

        Assert.Equal([0, 4], pages.Select(p => p.FirstColumn));
        Assert.All(pages, p => Assert.Equal(4, p.ColumnCount));
    }

    [Fact]
    public void Every_lane_appears_on_every_page_so_blueprint_lines_are_always_drawn()
    {
        var lanes = Lanes(5, 2, (lane, _) => lane == 0 ? [new TextBlock(new string('z', 5_000), Cell)] : []);

        var pages = GridLayout.Paginate(Headers(2), lanes, Spec);

        Assert.All(pages, p => Assert.Equal(5, p.Rows.Count));
    }

    private static List<string> Headers(int count) => [.. Enumerable.Range(1, count).Select(i => $"Stage {i}")];

    private static List<GridLane> Lanes(int lanes, int stages, Func<int, int, IReadOnlyList<TextBlock>> cell) =>
        [.. Enumerable.Range(0, lanes).Select(l => new GridLane($"Lane {l}", [.. Enumerable.Range(0, stages).Select(s => cell(l, s))], l == 1 ? "Line" : null))];
}
