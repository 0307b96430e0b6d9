using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// A persona as a designed slide: a portrait panel with the name, life context and a quote in their words, beside
/// goals, motivations and challenges. Long lists continue on a further slide with the portrait repeated.
/// </summary>
internal static class PersonaSlides
{
    public const string Title = "Persona";
    private const double PanelWidth = 3.7;
    private const double Gap = 0.3;
    private static readonly TextStyle Name = new(18, 0, 4, Bold: true);
    private static readonly TextStyle Context = new(11, 0, 0, Bold: false);
    private static readonly TextStyle QuoteStyle = new(15, 0, 4, Bold: false);
    private static readonly TextStyle Source = new(8.5, 0, 0, Bold: false);
    private static readonly TextStyle Small = new(9, 0, 2, Bold: true);

    public static void Add(DeckBuilder deck, Persona persona)
    {
        var left = DeckGeometry.MarginInches + PanelWidth + Gap;
        var right = DeckGeometry.MarginInches + DeckGeometry.ContentWidthInches;
        var top = DeckGeometry.ContentTopInches;
        var quote = persona.Quote is { } q ? QuoteParagraphs(q, right - left) : null;
        if (quote is not null)
        {
            top += ColumnCursor.HeightOf(quote, right - left, QuoteInsets) + 0.2;
        }

        var width = (right - left - (2 * 0.25)) / 3;
        var rects = Enumerable.Range(0, 3)
            .Select(i => SlideRect.FromInches(left + (i * (width + 0.25)), top, width, DeckGeometry.ContentBottomInches - top))
            .ToList();
        var notes = $"Introduce {persona.Name}: who they are, what they want and what gets in their way.";
        if (persona.Quote is { } full)
        {
            notes += $"\nQuote: \u201C{full.Text}\u201D ({full.Source}).";
        }

        notes += persona.LifeContext.Length > 0 ? $"\nLife context: {persona.LifeContext}" : string.Empty;
        foreach (var entry in persona.Goals.Concat(persona.Motivations).Concat(persona.Challenges).Where(e => e.Length > MaxEntryChars))
        {
            notes += $"\nIn full: {entry}";
        }

        ColumnSlides.AddParallel(deck, $"{Title}: {persona.Name}", notes, [
            new SlideColumn("Goals", List(persona.Goals, "No goals recorded."), DeckTheme.White, DeckTheme.Blue),
            new SlideColumn("Motivations", List(persona.Motivations, "No motivations recorded."), DeckTheme.White, DeckTheme.Green),
            new SlideColumn("Challenges", List(persona.Challenges, "No challenges recorded."), DeckTheme.White, DeckTheme.Red),
        ], rects, null, slide =>
        {
            Portrait(slide, persona);
            if (quote is not null)
            {
                slide.Shape("Quote", SlideRect.FromInches(left, DeckGeometry.ContentTopInches, right - left, top - DeckGeometry.ContentTopInches - 0.2),
                    new ShapeLook("roundRect", DeckTheme.Mist, null), quote, QuoteInsets, "ctr");
            }
        });
    }

    private static readonly TextInsets QuoteInsets = new(12, 8);

    // A quote puts the persona in their own words; it is kept to three lines so the lists keep most of the slide.
    private static List<StyledText> QuoteParagraphs(PersonaQuote quote, double widthInches)
    {
        var room = (widthInches * 72) - (2 * QuoteInsets.Horizontal);
        return
        [
            new StyledText(new TextBlock($"\u201C{TextFit.Shorten(quote.Text, room - 10, QuoteStyle, 3).Text}\u201D", QuoteStyle), DeckTheme.Navy, Italic: true),
            new StyledText(new TextBlock(TextFit.Shorten(quote.Source, room, Source, 1).Text, Source), DeckTheme.Ink),
        ];
    }

    /// <summary>Longest goal, motivation or challenge on the slide; a longer one is shortened and given in full in the notes.</summary>
    public const int MaxEntryChars = 300;

    private static List<TextBlock> List(IReadOnlyList<string> entries, string none) =>
        ColumnSlides.BulletsOrNone(entries.Select(e => TextFit.Clip(e, MaxEntryChars).Text), DeckGeometry.Bullet, none);

    // Name and life context share a fixed panel, so each is shortened to its share; the notes carry them in full.
    private static void Portrait(SlideXmlWriter slide, Persona persona)
    {
        var room = (PanelWidth * 72) - 24;
        var context = persona.LifeContext.Length > 0 ? persona.LifeContext : "Not recorded yet.";
        List<StyledText>[] parts =
        [
            [new StyledText(new TextBlock(TextFit.Shorten(persona.Name, room, Name, 3).Text, Name), DeckTheme.White)],
            [new StyledText(new TextBlock("Life context", Small), "C9D6E8")],
            [new StyledText(new TextBlock(TextFit.Shorten(context, room, Context, 16).Text, Context), DeckTheme.White)],
        ];
        // The panel is as tall as its text (never less than a portrait card), so a short persona leaves white space, not a block of colour.
        var insets = new[] { new TextInsets(6, 2), new TextInsets(6, 0), new TextInsets(6, 2) };
        var height = Math.Clamp(parts.Select((p, i) => ColumnCursor.HeightOf(p, PanelWidth - 0.2, insets[i]) + 0.08).Sum() + 0.4, 2.8, DeckGeometry.ContentHeightInches);
        var panel = SlideRect.FromInches(DeckGeometry.MarginInches, DeckGeometry.ContentTopInches, PanelWidth, height);
        slide.Shape("Persona panel", panel, ShapeLook.Filled(DeckTheme.Navy), [], TextInsets.None, description: $"Portrait panel of {persona.Name}.");
        var cursor = new ColumnCursor(slide, DeckGeometry.MarginInches + 0.1, PanelWidth - 0.2, DeckGeometry.ContentTopInches + 0.15, DeckGeometry.ContentBottomInches - 0.1);
        string[] names = ["Persona name", "Life context heading", "Life context"];
        for (var i = 0; i < parts.Length; i++)
        {
            cursor.TryPanel(names[i], parts[i], ShapeLook.Filled(DeckTheme.Navy), insets[i]);
        }
    }
}
