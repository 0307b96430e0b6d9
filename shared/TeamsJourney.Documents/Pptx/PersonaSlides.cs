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
    private const double PanelWidth = 4.1;
    private const double Gap = 0.3;
    private static readonly TextStyle Name = new(18, 0, 4, Bold: true);
    private static readonly TextStyle Context = new(11, 0, 0, Bold: false);
    private static readonly TextStyle QuoteStyle = new(13, 0, 4, Bold: false);
    private static readonly TextStyle Source = new(8.5, 0, 0, Bold: false);
    private static readonly TextStyle Small = new(9, 0, 2, Bold: true);

    public static void Add(DeckBuilder deck, Persona persona)
    {
        var left = DeckGeometry.MarginInches + PanelWidth + Gap;
        var width = (DeckGeometry.ContentWidthInches - PanelWidth - Gap - (2 * 0.25)) / 3;
        var rects = Enumerable.Range(0, 3)
            .Select(i => SlideRect.FromInches(left + (i * (width + 0.25)), DeckGeometry.ContentTopInches, width, DeckGeometry.ContentHeightInches))
            .ToList();
        var notes = $"Introduce {persona.Name}: who they are, what they want and what gets in their way.";
        if (persona.Quote is { } quote)
        {
            notes += $"\nQuote: \u201C{quote.Text}\u201D ({quote.Source}).";
        }

        notes += persona.LifeContext.Length > 0 ? $"\nLife context: {persona.LifeContext}" : string.Empty;
        ColumnSlides.AddParallel(deck, $"{Title}: {persona.Name}", notes, [
            new SlideColumn("Goals", List(persona.Goals, "No goals recorded."), LanePalette.Of(Lane.Thought).PaleHex, DeckTheme.Blue),
            new SlideColumn("Motivations", List(persona.Motivations, "No motivations recorded."), LanePalette.Of(Lane.Opportunity).PaleHex, DeckTheme.Green),
            new SlideColumn("Challenges", List(persona.Challenges, "No challenges recorded."), LanePalette.Of(Lane.PainPoint).PaleHex, DeckTheme.Red),
        ], rects, null, slide => Portrait(slide, persona));
    }

    private static List<TextBlock> List(IReadOnlyList<string> entries, string none) => ColumnSlides.BulletsOrNone(entries, DeckGeometry.SmallBullet, none);

    // Name, life context and quote share a fixed panel, so each is shortened to its share; the notes carry them in full.
    private static void Portrait(SlideXmlWriter slide, Persona persona)
    {
        var panel = SlideRect.FromInches(DeckGeometry.MarginInches, DeckGeometry.ContentTopInches, PanelWidth, DeckGeometry.ContentHeightInches);
        slide.Shape("Persona panel", panel, ShapeLook.Filled(DeckTheme.Navy), [], TextInsets.None, description: $"Portrait panel of {persona.Name}.");
        var room = (PanelWidth * 72) - 24;
        var cursor = new ColumnCursor(slide, DeckGeometry.MarginInches + 0.1, PanelWidth - 0.2, DeckGeometry.ContentTopInches + 0.15, DeckGeometry.ContentBottomInches - 0.1);
        cursor.TryPanel("Persona name", [new StyledText(new TextBlock(TextFit.Shorten(persona.Name, room, Name, 3).Text, Name), DeckTheme.White)], ShapeLook.Filled(DeckTheme.Navy), new TextInsets(6, 2));
        cursor.TryPanel("Life context heading", [new StyledText(new TextBlock("Life context", Small), "C9D6E8")], ShapeLook.Filled(DeckTheme.Navy), new TextInsets(6, 0));
        var context = persona.LifeContext.Length > 0 ? persona.LifeContext : "Not recorded yet.";
        cursor.TryPanel("Life context", [new StyledText(new TextBlock(TextFit.Shorten(context, room, Context, 7).Text, Context), DeckTheme.White)], ShapeLook.Filled(DeckTheme.Navy), new TextInsets(6, 2));
        if (persona.Quote is { } quote)
        {
            cursor.Skip(0.1);
            cursor.TryPanel("Quote", [
                new StyledText(new TextBlock($"\u201C{TextFit.Shorten(quote.Text, room, QuoteStyle, 6).Text}\u201D", QuoteStyle), DeckTheme.Navy, Italic: true),
                new StyledText(new TextBlock(TextFit.Shorten(quote.Source, room, Source, 2).Text, Source), DeckTheme.Ink),
            ], new ShapeLook("roundRect", DeckTheme.Mist, null), new TextInsets(9, 7));
        }
    }
}
