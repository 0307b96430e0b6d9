using TeamsJourney.Documents.Tests.Fixtures;
using TeamsJourney.Documents.Tests.Pptx;
using static TeamsJourney.Documents.Tests.Rendering.DeckRenderingTests;

namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>
/// The three-group workshop with a second half as LibreOffice draws it: a page per slide, no text off a page, every
/// word of the deck on the pages, and the consolidated and "what changed" parts on the pages where they belong.
/// The PNGs land in artifacts/rendering (plenary-deck-*.png, plenary-report-*.png) to look at.
/// </summary>
[Trait("Category", "Rendering")]
[Collection(RenderingCollection.Name)]
public sealed class PlenaryRenderingTests(RenderedReports rendered)
{
    [Fact]
    public void Deck_renders_a_page_per_slide_with_every_word_on_its_page()
    {
        var (file, pdf) = rendered.Get("plenary", DocumentKind.Deck);
        using var deck = new DeckReader(file);

        Assert.Equal(deck.Slides.Count, pdf.PngPaths.Count);
        var outside = pdf.WordsOutsidePages().Take(10).Select(x => $"page {x.Page.Number}: '{x.Word.Text}'").ToList();
        Assert.True(outside.Count == 0, "Text outside the slide:\n" + string.Join("\n", outside));
        var missing = WordCounts.Missing(WordCounts.Of(deck.AllSlideText), WordCounts.Of(pdf.AllText));
        Assert.True(missing.Count == 0, "Words missing from the rendered deck:\n" + string.Join("\n", missing.Take(20)));
    }

    [Fact]
    public void Deck_pages_show_the_consolidated_map_and_what_changed()
    {
        var (file, pdf) = rendered.Get("plenary", DocumentKind.Deck);
        using var deck = new DeckReader(file);
        var titles = deck.Slides.Select(s => s.Title ?? string.Empty).ToList();

        var map = titles.FindIndex(t => t.StartsWith("Consolidated journey map", StringComparison.Ordinal));
        var changes = titles.FindIndex(t => t.StartsWith("What changed since", StringComparison.Ordinal));
        Assert.Contains(Squash("3 groups The online form times out"), Squash(pdf.Pages[map].Text), StringComparison.Ordinal);
        Assert.Contains(Squash(PlenaryWorkshops.EditedText), Squash(pdf.Pages[changes].Text), StringComparison.Ordinal);
        Assert.Contains(Squash(PlenaryWorkshops.AddedText), Squash(pdf.Pages[changes].Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_keeps_its_text_on_the_pages_and_shows_the_workshop_and_its_changes()
    {
        var (_, pdf) = rendered.Get("plenary", DocumentKind.Report);

        var outside = pdf.WordsOutsidePages().Take(10).Select(x => $"page {x.Page.Number}: '{x.Word.Text}'").ToList();
        Assert.True(outside.Count == 0, "Text outside the page:\n" + string.Join("\n", outside));
        var text = Squash(pdf.AllText);
        foreach (var expected in new[] { "The workshop as a whole", "Consolidated journey map", "Emotion across groups", "Top pain points across groups", $"What changed since", PlenaryWorkshops.EditedText, "Digital team" })
        {
            Assert.Contains(Squash(expected), text, StringComparison.Ordinal);
        }
    }
}
