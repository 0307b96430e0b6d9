namespace TeamsJourney.Documents.Layout;

/// <summary>
/// Pours paragraphs from a queue into a box of limited height, splitting a paragraph at a line boundary when only
/// part of it fits. Nothing is ever dropped: what does not fit stays in the queue for the next box.
/// </summary>
internal static class TextFlow
{
    private const int MinLinesToSplit = 4;

    /// <summary>
    /// Takes what fits into <paramref name="heightPt"/>; returns the blocks and the height they use. A short paragraph
    /// is only split when it starts the box and <paramref name="splitShortWhenEmpty"/> allows it (the only way to progress).
    /// </summary>
    public static (List<TextBlock> Taken, double UsedPt) Take(BlockQueue queue, double widthPt, double heightPt, bool splitShortWhenEmpty = true)
    {
        var taken = new List<TextBlock>();
        var used = 0.0;
        while (!queue.IsEmpty)
        {
            var block = queue.Peek();
            var style = block.Style;
            var ends = TextMeasure.LineEnds(block.Text, widthPt - style.IndentPt, style.FontPt);
            var full = (ends.Count * style.LineHeightPt) + style.SpaceAfterPt;
            if (used + full <= heightPt)
            {
                if (style.KeepWithNext && used > 0 && !NextBlockStarts(queue, widthPt, heightPt - used - full))
                {
                    break; // a heading never ends a box without the first line of what it introduces
                }

                queue.Dequeue();
                taken.Add(block);
                used += full;
                continue;
            }

            var fitting = (int)Math.Floor((heightPt - used) / style.LineHeightPt);
            if ((used > 0 || !splitShortWhenEmpty) && (ends.Count < MinLinesToSplit || fitting < MinLinesToSplit / 2))
            {
                break; // short paragraphs move whole to the next box rather than leave one line behind
            }

            if (fitting >= ends.Count)
            {
                // The lines fit; only the spacing after them does not, and spacing at the bottom of a box is harmless.
                queue.Dequeue();
                taken.Add(block);
                used = heightPt;
            }
            else if (fitting >= 1)
            {
                var cut = ends[fitting - 1];
                taken.Add(block with { Text = block.Text[..cut].TrimEnd() });
                queue.ReplaceHead(block with { Text = block.Text[cut..].TrimStart(), Continued = true });

                used += fitting * style.LineHeightPt;
            }

            break;
        }

        return (taken, used);
    }

    private static bool NextBlockStarts(BlockQueue queue, double widthPt, double remainingPt)
    {
        if (queue.PeekSecond() is not { } next)
        {
            return true;
        }

        var lines = TextMeasure.LineCount(next.Text, widthPt - next.Style.IndentPt, next.Style.FontPt);
        var fitting = (int)Math.Floor(remainingPt / next.Style.LineHeightPt);
        return fitting >= lines || (lines >= MinLinesToSplit && fitting >= MinLinesToSplit / 2);
    }

    /// <summary>Height the blocks need when nothing limits them.</summary>
    public static double Measure(IEnumerable<TextBlock> blocks, double widthPt) =>
        blocks.Sum(b => (TextMeasure.LineCount(b.Text, widthPt - b.Style.IndentPt, b.Style.FontPt) * b.Style.LineHeightPt) + b.Style.SpaceAfterPt);

    /// <summary>Splits the blocks into as many boxes as needed.</summary>
    public static List<List<TextBlock>> Paginate(IEnumerable<TextBlock> blocks, double widthPt, double heightPt)
    {
        var queue = new BlockQueue([.. blocks]);
        var pages = new List<List<TextBlock>>();
        while (!queue.IsEmpty)
        {
            var (taken, _) = Take(queue, widthPt, heightPt);
            if (taken.Count == 0)
            {
                throw new InvalidOperationException($"A box of {heightPt:0} pt cannot hold a single line; the layout constants are wrong.");
            }

            pages.Add(taken);
        }

        return pages;
    }
}
