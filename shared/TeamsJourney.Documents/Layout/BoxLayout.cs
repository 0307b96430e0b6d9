namespace TeamsJourney.Documents.Layout;

/// <summary>Size of a text box, in points, after insets.</summary>
internal readonly record struct BoxSize(double WidthPt, double HeightPt);

/// <summary>
/// Spreads text over pages that each hold a fixed set of boxes. Nothing is cut: a page is added while any
/// text remains.
/// </summary>
internal static class BoxLayout
{
    /// <summary>One stream fills the boxes in order (column 1, then column 2), page after page.</summary>
    public static List<List<List<TextBlock>>> Flowing(IReadOnlyList<TextBlock> stream, IReadOnlyList<BoxSize> boxes)
    {
        var queue = new BlockQueue(stream);
        var pages = new List<List<List<TextBlock>>>();
        do
        {
            var page = new List<List<TextBlock>>(boxes.Count);
            foreach (var box in boxes)
            {
                page.Add(TakeSome(queue, box));
            }

            pages.Add(page);
            ThrowIfStuck(page, !queue.IsEmpty);
        }
        while (!queue.IsEmpty);
        return pages;
    }

    /// <summary>Each box has its own stream (pain points beside opportunities); pages continue until all are placed.</summary>
    public static List<List<List<TextBlock>>> Parallel(IReadOnlyList<IReadOnlyList<TextBlock>> streams, IReadOnlyList<BoxSize> boxes)
    {
        var queues = streams.Select(s => new BlockQueue(s)).ToArray();
        var pages = new List<List<List<TextBlock>>>();
        do
        {
            pages.Add([.. queues.Select((queue, i) => TakeSome(queue, boxes[i]))]);
            ThrowIfStuck(pages[^1], queues.Any(q => !q.IsEmpty));
        }
        while (queues.Any(q => !q.IsEmpty));
        return pages;
    }

    private static List<TextBlock> TakeSome(BlockQueue queue, BoxSize box) => TextFlow.Take(queue, box.WidthPt, box.HeightPt).Taken;

    // A page that placed nothing while text remains would repeat forever.
    private static void ThrowIfStuck(List<List<TextBlock>> page, bool textRemains)
    {
        if (textRemains && page.All(box => box.Count == 0))
        {
            throw new InvalidOperationException("A page could not hold a single line; the layout constants are wrong.");
        }
    }
}
