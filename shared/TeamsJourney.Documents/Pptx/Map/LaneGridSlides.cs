using System.Text;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx.Map;

/// <summary>A row of the map and its height on the slide.</summary>
internal sealed record LaneBand(Lane Lane, double HeightInches);

/// <summary>What a set of map slides shows: its title, its lanes top to bottom, and whether the emotion curve and blueprint lines are drawn.</summary>
internal sealed record LaneGridSpec(string Title, string What, IReadOnlyList<LaneBand> Bands, bool WithEmotion, bool WithLines);

/// <summary>
/// Draws stages by lanes as native shapes: stage headers, lane labels and bands, and a card per item. The rule for
/// a dense map: at most <see cref="MapGeometry.MaxStagesPerSlide"/> stages a slide; a cell whose cards do not fit its
/// band shortens them (down to one line each, then to compact one-line cards with the badge beside the text), and
/// what still does not fit continues, in order, on a continuation slide with the same stages.
/// </summary>
internal static class LaneGridSlides
{
    public const double LineGap = 0.16;
    private static readonly TextStyle HeaderStyle = new(9.5, 0, 0, Bold: true);
    private static readonly TextStyle LabelStyle = new(9.5, 0, 0, Bold: true);
    private static readonly TextStyle LineLabelStyle = new(7.5, 0, 0, Bold: true);

    public static void Add(DeckBuilder deck, PreparedGroup group, LaneGridSpec spec)
    {
        var stageCount = group.Stages.Count;
        var chunks = Math.Max(1, (int)Math.Ceiling(stageCount / (double)MapGeometry.MaxStagesPerSlide));
        var perSlide = Math.Max(1, (int)Math.Ceiling(stageCount / (double)chunks));
        var grid = new MapGeometry(perSlide);
        var slides = new List<(int First, int Count, List<MapCard>[,] Cells)>();
        for (var first = 0; first < stageCount || (first == 0 && stageCount == 0); first += perSlide)
        {
            var count = Math.Min(perSlide, stageCount - first);
            slides.AddRange(Pages(group, spec, grid, first, count).Select(cells => (first, count, cells)));
            if (stageCount == 0)
            {
                break;
            }
        }

        for (var i = 0; i < slides.Count; i++)
        {
            var (first, count, cells) = slides[i];
            var title = ColumnSlides.PartTitle($"{spec.Title}: {group.Name}", i, slides.Count);
            deck.AddSlide(SlideLayoutKind.TitleOnly, Notes(group, spec, first, count, cells), (slide, _) =>
            {
                slide.Title(title);
                Draw(slide, group, spec, grid, first, count, cells);
            });
        }
    }

    /// <summary>The cards of each (lane, stage) cell, split into the pages the bands can hold.</summary>
    private static List<List<MapCard>[,]> Pages(PreparedGroup group, LaneGridSpec spec, MapGeometry grid, int first, int count)
    {
        var perCell = new List<List<MapCard>>[spec.Bands.Count, count];
        var pageCount = 1;
        for (var l = 0; l < spec.Bands.Count; l++)
        {
            var bandPt = spec.Bands[l].HeightInches * 72;
            for (var s = 0; s < count; s++)
            {
                var items = group.Cell(spec.Bands[l].Lane, first + s);
                // A crowded cell first gives its cards fewer lines (down to one, then compact; full text in the
                // notes) and only then continues on a continuation slide. Line counts that cannot fit even if every
                // card took a single text line are skipped without measuring.
                var lines = Math.Min(MapCard.MaxLines(bandPt), MostLinesThatCouldFit(items.Count, bandPt));
                var pages = Stack(items, grid, bandPt, lines);
                while (pages.Count > 1 && lines > 0)
                {
                    lines--;
                    pages = Stack(items, grid, bandPt, lines);
                }

                perCell[l, s] = pages;
                pageCount = Math.Max(pageCount, pages.Count);
            }
        }

        var result = new List<List<MapCard>[,]>(pageCount);
        for (var p = 0; p < pageCount; p++)
        {
            var cells = new List<MapCard>[spec.Bands.Count, count];
            for (var l = 0; l < spec.Bands.Count; l++)
            {
                for (var s = 0; s < count; s++)
                {
                    cells[l, s] = p < perCell[l, s].Count ? perCell[l, s][p] : [];
                }
            }

            result.Add(cells);
        }

        return result;
    }

    private static int MostLinesThatCouldFit(int cards, double bandPt)
    {
        if (cards <= 1)
        {
            return int.MaxValue;
        }

        var perCard = ((bandPt - MapCard.GapPt) / cards) - MapCard.GapPt - MapCard.FixedHeightPt;
        return Math.Max(0, (int)Math.Floor(perCard / MapCard.TextStyle.LineHeightPt));
    }

    // Zero lines asks for compact cards: one line each, the badge beside the text.
    private static List<List<MapCard>> Stack(IReadOnlyList<PreparedItem> items, MapGeometry grid, double bandPt, int maxLines)
    {
        var pages = new List<List<MapCard>> { new() };
        var used = MapCard.GapPt;
        foreach (var item in items)
        {
            var card = maxLines == 0 ? MapCard.CompactFor(item, grid.CardWidth) : MapCard.For(item, grid.CardWidth, maxLines);
            if (used + card.HeightPt + MapCard.GapPt > bandPt && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = MapCard.GapPt;
            }

            pages[^1].Add(card);
            used += card.HeightPt + MapCard.GapPt;
        }

        return pages;
    }

    private static void Draw(SlideXmlWriter slide, PreparedGroup group, LaneGridSpec spec, MapGeometry grid, int first, int count, List<MapCard>[,] cells)
    {
        for (var s = 0; s < count; s++)
        {
            var name = group.StageLabel(first + s);
            var room = (grid.ColumnWidth * 72) - 8;
            var (shown, _) = TextFit.Shorten(name, room, HeaderStyle, 2);
            slide.Shape($"Stage {first + s + 1}", grid.StageHeader(s), ShapeLook.Filled(DeckTheme.Navy),
                [new StyledText(new TextBlock(shown, HeaderStyle), DeckTheme.White, "ctr")], new TextInsets(4, 2), "ctr");
        }

        var top = MapGeometry.GridTop + MapGeometry.StageHeaderHeight + MapGeometry.RowGap;
        if (spec.WithEmotion)
        {
            EmotionCurvePainter.Draw(slide, grid, [.. group.Stages.Skip(first).Take(count)], top);
            top += EmotionCurvePainter.BandHeight + MapGeometry.RowGap;
        }

        for (var l = 0; l < spec.Bands.Count; l++)
        {
            var band = spec.Bands[l];
            var colours = LanePalette.Of(band.Lane);
            var label = LaneCatalog.Label(band.Lane);
            slide.Shape($"Lane {label}", MapGeometry.Label(top, band.HeightInches), new ShapeLook("rect", colours.PaleHex, colours.StrongHex, 0.75),
                [new StyledText(new TextBlock(label, LabelStyle), colours.StrongHex)], new TextInsets(6, 3), "ctr");
            var onSlide = Enumerable.Range(0, count).Sum(s => cells[l, s].Count);
            slide.Shape($"Band {label}", MapGeometry.Band(top, band.HeightInches), new ShapeLook("rect", DeckTheme.White, "D5DBE1", 0.75), [], TextInsets.None,
                description: $"{label} lane: {onSlide} note{(onSlide == 1 ? string.Empty : "s")} on this slide.");
            for (var s = 0; s < count; s++)
            {
                var y = top + (MapCard.GapPt / 72);
                foreach (var card in cells[l, s])
                {
                    CardPainter.Draw(slide, card, grid.ColumnLeft(s) + MapGeometry.CardMargin, y, grid.CardWidth, group.StageLabel(first + s));
                    y += (card.HeightPt + MapCard.GapPt) / 72;
                }
            }

            top += band.HeightInches + MapGeometry.RowGap;
            if (spec.WithLines && LaneCatalog.LineBelow(band.Lane) is { } line)
            {
                var y = top + (LineGap / 2) - (MapGeometry.RowGap / 2);
                var dash = line == LaneCatalog.LineOfVisibility ? null : line == LaneCatalog.LineOfInteraction ? "dash" : "sysDot";
                slide.Line(line.Label, $"{line.Label}: {line.Meaning}", MapGeometry.LabelLeft, y, MapGeometry.Right, y, LanePalette.BlueprintLine, 2, dash);
                slide.Shape($"{line.Label} label", SlideRect.FromInches(MapGeometry.LabelLeft + 0.1, y - 0.09, 1.9, 0.18), new ShapeLook("roundRect", DeckTheme.White, LanePalette.BlueprintLine, 0.75),
                    [new StyledText(new TextBlock(line.Label, LineLabelStyle), LanePalette.BlueprintLine, "ctr")], TextInsets.None, "ctr");
                top += LineGap;
            }
        }
    }

    private static string Notes(PreparedGroup group, LaneGridSpec spec, int first, int count, List<MapCard>[,] cells)
    {
        var notes = new StringBuilder();
        var stages = string.Join(" → ", Enumerable.Range(first, count).Select(group.StageLabel));
        var cards = cells.Cast<List<MapCard>>().SelectMany(c => c).ToList();
        notes.Append($"{spec.What} of {group.Name}, stages {stages}. {cards.Count} notes on this slide, read lane by lane from the top, each lane left to right through the stages. Badges say whether a note is a fact or an assumption.");
        var shortened = cards.Where(c => c.Shortened).ToList();
        if (shortened.Count > 0)
        {
            notes.Append("\nFull text of notes shortened on this slide:");
            foreach (var card in shortened)
            {
                notes.Append($"\n{LaneCatalog.Label(card.Item.Lane)}, {group.StageLabel(card.Item.StageIndex)}: {card.Item.Text}");
            }
        }

        return notes.ToString();
    }
}
