using TeamsJourney.Documents.Tests.Fixtures;
using TeamsJourney.Documents.Tests.Pptx;

namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>The deck as LibreOffice draws it: one page per slide, all text on the page, nothing lost.</summary>
[Trait("Category", "Rendering")]
[Collection(RenderingCollection.Name)]
public sealed class DeckRenderingTests(RenderedReports rendered)
{
    [Theory]
    [InlineData("typical")]
    [InlineData("workshop")]
    [InlineData("unfinished")]
    [InlineData("hostile")]
    public void Deck_renders_one_page_per_slide(string fixture)
    {
        var (file, pdf) = rendered.Get(fixture, DocumentKind.Deck);
        using var deck = new DeckReader(file);

        Assert.Equal(deck.Slides.Count, pdf.Pages.Count);
        Assert.Equal(deck.Slides.Count, pdf.PngPaths.Count);
    }

    [Theory]
    [InlineData("typical")]
    [InlineData("workshop")]
    [InlineData("unfinished")]
    [InlineData("hostile")]
    public void Deck_text_never_overflows_a_slide(string fixture)
    {
        var (_, pdf) = rendered.Get(fixture, DocumentKind.Deck);

        var outside = pdf.WordsOutsidePages().Take(10).Select(x => $"page {x.Page.Number}: '{x.Word.Text}' at y {x.Word.YMax:0} of {x.Page.Height:0}").ToList();

        Assert.True(outside.Count == 0, "Text outside the slide:\n" + string.Join("\n", outside));
    }

    [Theory]
    [InlineData("typical")]
    [InlineData("workshop")]
    [InlineData("unfinished")]
    [InlineData("hostile")]
    public void Deck_renders_every_word_it_contains(string fixture)
    {
        var (file, pdf) = rendered.Get(fixture, DocumentKind.Deck);
        using var deck = new DeckReader(file);

        var missing = WordCounts.Missing(WordCounts.Of(deck.AllSlideText), WordCounts.Of(pdf.AllText));

        Assert.True(missing.Count == 0, "Words missing from the rendered deck:\n" + string.Join("\n", missing.Take(20)));
    }

    [Fact]
    public void Deck_renders_every_map_note_it_shows_in_full_and_shows_most_in_full()
    {
        var (file, pdf) = rendered.Get("typical", DocumentKind.Deck);
        using var deck = new DeckReader(file);
        var written = Squash(deck.AllSlideText);
        var pageText = Squash(pdf.AllText);
        var items = Reports.Typical().Groups.SelectMany(g => g.Items).ToList();

        // Notes too long for their card are shortened on it (time and owner rows hold one line); the rest are whole.
        var whole = items.Where(i => written.Contains(Squash(i.Text), StringComparison.Ordinal)).ToList();
        Assert.True(whole.Count >= items.Count * 0.8, $"Only {whole.Count} of {items.Count} notes are shown in full.");
        Assert.DoesNotContain(whole, i => !pageText.Contains(Squash(i.Text), StringComparison.Ordinal));
    }

    [Fact]
    public void Deck_first_page_shows_the_workshop_title()
    {
        var (_, pdf) = rendered.Get("typical", DocumentKind.Deck);

        Assert.Contains(Squash(Reports.Typical().Title), Squash(pdf.Pages[0].Text), StringComparison.Ordinal);
    }

    internal static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
