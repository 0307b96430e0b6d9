using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Units;

namespace TeamsJourney.Documents.Pptx;

/// <summary>A titled column of a parallel layout: its own heading panel and its own text stream.</summary>
internal sealed record SlideColumn(string Heading, IReadOnlyList<TextBlock> Blocks, string FillHex, string HeadingHex);

/// <summary>Text slides that continue onto further slides instead of overflowing.</summary>
internal static class ColumnSlides
{
    private const double HeadingHeightInches = 0.5;
    private static readonly TextStyle ColumnHeading = new(15, 0, 0, Bold: true);

    /// <summary>One stream poured into <paramref name="columns"/> columns per slide.</summary>
    public static void AddFlowing(DeckBuilder deck, string title, string notes, IReadOnlyList<TextBlock> stream, int columns, string description)
    {
        var rects = DeckGeometry.Columns(columns);
        var pages = BoxLayout.Flowing(stream, [.. rects.Select(DeckGeometry.TextRoom)]);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
            {
                slide.Title(PartTitle(title, p, pages.Count));
                for (var c = 0; c < rects.Count; c++)
                {
                    if (page[c].Count > 0)
                    {
                        slide.TextBox($"{description} column {c + 1}", rects[c], page[c]);
                    }
                }
            });
        }
    }

    /// <summary>Side-by-side columns, each continuing on the next slide for as long as any column has text left.</summary>
    public static void AddParallel(DeckBuilder deck, string title, string notes, IReadOnlyList<SlideColumn> columns) =>
        AddParallel(deck, title, notes, columns, DeckGeometry.Columns(columns.Count, 0.3), null);

    /// <summary>Columns placed at <paramref name="rects"/>, with an optional caption (such as axis explanations) on every slide.</summary>
    public static void AddParallel(DeckBuilder deck, string title, string notes, IReadOnlyList<SlideColumn> columns, IReadOnlyList<SlideRect> rects, (SlideRect Rect, TextBlock Text)? caption, Action<SlideXmlWriter>? beside = null)
    {
        var headingHeight = Emu.FromInches(HeadingHeightInches);
        var bodies = rects.Select(r => r with { Y = r.Y + headingHeight, Height = r.Height - headingHeight }).ToArray();
        var pages = BoxLayout.Parallel([.. columns.Select(c => c.Blocks)], [.. bodies.Select(DeckGeometry.TextRoom)]);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
            {
                slide.Title(PartTitle(title, p, pages.Count));
                beside?.Invoke(slide);
                for (var c = 0; c < columns.Count; c++)
                {
                    var heading = p == 0 ? columns[c].Heading : $"{columns[c].Heading} (continued)";
                    slide.TextBox($"{columns[c].Heading} heading", rects[c] with { Height = headingHeight }, [new TextBlock(heading, ColumnHeading)], columns[c].HeadingHex, DeckTheme.White, centreVertically: true);
                    slide.TextBox($"{columns[c].Heading} list", bodies[c], page[c], columns[c].FillHex);
                }

                if (caption is { } note)
                {
                    slide.TextBox("Caption", note.Rect, [note.Text]);
                }
            });
        }
    }

    /// <summary>"Title (2 of 3)" when a topic takes several slides, so every slide title stays unique.</summary>
    public static string PartTitle(string title, int index, int count) => count == 1 ? title : $"{title} ({index + 1} of {count})";

    /// <summary>Bullets for each text, or a plain line saying there is nothing, so no column is silently blank.</summary>
    public static List<TextBlock> BulletsOrNone(IEnumerable<string> texts, TextStyle style, string none)
    {
        var blocks = texts.Where(t => t.Length > 0).Select(t => new TextBlock(t, style, Bullet: true)).ToList();
        return blocks.Count > 0 ? blocks : [new TextBlock(none, style with { IndentPt = 0 })];
    }
}
