namespace TeamsJourney.Documents.Layout;

/// <summary>Sizes of a stages-by-lanes grid on one page, in points.</summary>
internal sealed record GridSpec(
    double AreaHeightPt,
    double LabelColumnPt,
    double ColumnWidthPt,
    int MaxColumns,
    double PaddingVerticalPt,
    double PaddingHorizontalPt,
    double DividerRowPt,
    TextStyle CellStyle,
    TextStyle HeaderStyle,
    TextStyle LabelStyle)
{
    // The smallest row still fits one line, so every page moves at least one line forward.
    public double MinRowPt => CellStyle.LineHeightPt + CellStyle.SpaceAfterPt + PaddingVerticalPt + 2;
}

/// <summary>A row of the grid: a lane, its paragraphs per column, and whether a divider row follows it.</summary>
internal sealed record GridLane(string Label, IReadOnlyList<IReadOnlyList<TextBlock>> Cells, string? DividerBelow);

/// <summary>A row as placed on one page.</summary>
internal sealed record GridPageRow(string Label, IReadOnlyList<List<TextBlock>> Cells, double HeightPt, string? DividerBelow);

/// <summary>One page of the grid: which columns it shows and the rows with the text that fell on it.</summary>
internal sealed record GridPage(int FirstColumn, int ColumnCount, double HeaderHeightPt, IReadOnlyList<GridPageRow> Rows)
{
    public double TotalHeightPt(double dividerRowPt) =>
        HeaderHeightPt + Rows.Sum(r => r.HeightPt + (r.DividerBelow is null ? 0 : dividerRowPt));
}

/// <summary>
/// Lays a grid out over as many pages as it needs. Columns are cut into chunks of at most
/// <see cref="GridSpec.MaxColumns"/>; within a chunk every page shows every lane (so the blueprint lines are always
/// drawn) and rows fill from the top: text that does not fit continues on the next page, never cut.
/// </summary>
internal static class GridLayout
{
    public static List<GridPage> Paginate(IReadOnlyList<string> columnHeaders, IReadOnlyList<GridLane> lanes, GridSpec spec)
    {
        var pages = new List<GridPage>();
        var textWidth = spec.ColumnWidthPt - spec.PaddingHorizontalPt;
        for (var first = 0; first < Math.Max(1, columnHeaders.Count); first += spec.MaxColumns)
        {
            var count = Math.Min(spec.MaxColumns, columnHeaders.Count - first);
            var headerContent = 0.0;
            for (var c = first; c < first + count; c++)
            {
                headerContent = Math.Max(headerContent, TextFlow.Measure([new TextBlock(columnHeaders[c], spec.HeaderStyle)], textWidth));
            }

            var header = Math.Max(spec.MinRowPt, headerContent + spec.PaddingVerticalPt);
            var queues = lanes.Select(l => Enumerable.Range(first, count).Select(c => new BlockQueue(l.Cells[c])).ToArray()).ToArray();
            var minimums = lanes.Select(l => LaneMinimum(l, spec)).ToArray();
            var fixedHeight = header + minimums.Sum() + (lanes.Count(l => l.DividerBelow is not null) * spec.DividerRowPt);
            if (fixedHeight + spec.CellStyle.LineHeightPt > spec.AreaHeightPt)
            {
                throw new InvalidOperationException("Column headers leave no room for the grid; stage names are too long for one page.");
            }

            do
            {
                // Keep short notes whole where possible; split them only when a page would otherwise stay empty.
                var page = FillPage(first, count, header, lanes, minimums, queues, spec, spec.AreaHeightPt - fixedHeight, splitShort: false);
                if (page.Rows.All(r => r.Cells.All(c => c.Count == 0)) && queues.Any(row => row.Any(q => !q.IsEmpty)))
                {
                    page = FillPage(first, count, header, lanes, minimums, queues, spec, spec.AreaHeightPt - fixedHeight, splitShort: true);
                }

                pages.Add(page);
            }
            while (queues.Any(row => row.Any(q => !q.IsEmpty)));
        }

        return pages;
    }

    private static GridPage FillPage(
        int first, int count, double header, IReadOnlyList<GridLane> lanes, double[] minimums, BlockQueue[][] queues, GridSpec spec, double free, bool splitShort)
    {
        var textWidth = spec.ColumnWidthPt - spec.PaddingHorizontalPt;
        var rows = new List<GridPageRow>(lanes.Count);
        for (var r = 0; r < lanes.Count; r++)
        {
            var budget = free + minimums[r] - spec.PaddingVerticalPt;
            var cells = new List<TextBlock>[count];
            var used = 0.0;
            for (var c = 0; c < count; c++)
            {
                var (taken, height) = TextFlow.Take(queues[r][c], textWidth, budget, splitShort);
                cells[c] = taken;
                used = Math.Max(used, height);
            }

            var rowHeight = Math.Max(minimums[r], used + spec.PaddingVerticalPt);
            free -= rowHeight - minimums[r];
            rows.Add(new GridPageRow(lanes[r].Label, cells, rowHeight, lanes[r].DividerBelow));
        }

        return new GridPage(first, count, header, rows);
    }

    // A row is at least one line of cell text tall, and tall enough for its own wrapped label.
    private static double LaneMinimum(GridLane lane, GridSpec spec) => Math.Max(
        spec.MinRowPt,
        TextFlow.Measure([new TextBlock(lane.Label, spec.LabelStyle)], spec.LabelColumnPt - spec.PaddingHorizontalPt) + spec.PaddingVerticalPt);
}
