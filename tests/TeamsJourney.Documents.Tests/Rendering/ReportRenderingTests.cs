using TeamsJourney.Documents.Tests.Fixtures;
using static TeamsJourney.Documents.Tests.Rendering.DeckRenderingTests;

namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>The report as LibreOffice lays it out: title page alone, contents next, all text on the page.</summary>
[Trait("Category", "Rendering")]
[Collection(RenderingCollection.Name)]
public sealed class ReportRenderingTests(RenderedReports rendered)
{
    [Fact]
    public void Report_title_page_stands_alone_and_contents_follow()
    {
        var (_, pdf) = rendered.Get("typical", DocumentKind.Report);

        Assert.True(pdf.Pages.Count >= 6, $"Expected at least 6 pages, got {pdf.Pages.Count}.");
        Assert.Contains(Squash(Reports.Typical().Title), Squash(pdf.Pages[0].Text), StringComparison.Ordinal);
        Assert.DoesNotContain("Executive", pdf.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Contents", pdf.Pages[1].Text, StringComparison.Ordinal);
        Assert.Equal(pdf.Pages.Count, pdf.PngPaths.Count);
    }

    [Theory]
    [InlineData("typical")]
    [InlineData("hostile")]
    public void Report_text_stays_inside_its_pages(string fixture)
    {
        var (_, pdf) = rendered.Get(fixture, DocumentKind.Report);

        var outside = pdf.WordsOutsidePages().Take(10).Select(x => $"page {x.Page.Number}: '{x.Word.Text}'").ToList();

        Assert.True(outside.Count == 0, "Text outside the page:\n" + string.Join("\n", outside));
    }

    [Fact]
    public void Report_shows_every_map_note_of_the_typical_workshop()
    {
        var (_, pdf) = rendered.Get("typical", DocumentKind.Report);
        var pageText = Squash(pdf.AllText);

        var missing = Reports.Typical().Groups.SelectMany(g => g.Items).Where(i => !pageText.Contains(Squash(i.Text), StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Report_pages_after_the_title_page_are_numbered()
    {
        var (_, pdf) = rendered.Get("typical", DocumentKind.Report);

        Assert.DoesNotContain($"Page 1 of", pdf.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains($"Page 2 of {pdf.Pages.Count}", pdf.Pages[1].Text, StringComparison.Ordinal);
        Assert.Contains($"Page {pdf.Pages.Count} of {pdf.Pages.Count}", pdf.Pages[^1].Text, StringComparison.Ordinal);
    }
}
