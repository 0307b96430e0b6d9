using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsJourney.Documents.Tests.Fixtures;

namespace TeamsJourney.Documents.Tests.Docx;

public sealed class JourneyReportTests
{
    [Fact]
    public void Report_has_a_table_of_contents_field_listing_every_heading()
    {
        using var report = Open(Reports.Typical());
        var body = report.MainDocumentPart!.Document.Body!;
        var headings = Headings(body).Select(p => p.InnerText).ToList();
        var contents = body.Descendants<Paragraph>().Where(p => Style(p)?.StartsWith("TOC", StringComparison.Ordinal) == true && Style(p) != "TOCHeading").Select(p => p.InnerText).ToList();

        Assert.Contains(body.Descendants<FieldCode>(), code => code.Text.Contains("TOC \\o \"1-3\"", StringComparison.Ordinal));
        Assert.Equal(headings, contents);
    }

    [Fact]
    public void Report_is_structured_with_heading_levels_one_to_three()
    {
        using var report = Open(Reports.Typical());
        var styles = Headings(report.MainDocumentPart!.Document.Body!).Select(Style).Distinct().Order().ToList();

        Assert.Equal(["Heading1", "Heading2", "Heading3"], styles);
    }

    [Fact]
    public void Every_table_marks_a_repeating_header_row_and_has_a_caption()
    {
        using var report = Open(Reports.Typical());
        var tables = report.MainDocumentPart!.Document.Body!.Descendants<Table>().ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table =>
        {
            Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.False(string.IsNullOrWhiteSpace(table.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value));
        });
    }

    [Fact]
    public void Initiative_links_lead_to_the_pain_points_they_address()
    {
        using var report = Open(Reports.Typical());
        var body = report.MainDocumentPart!.Document.Body!;
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        var anchors = body.Descendants<Hyperlink>().Select(h => h.Anchor!.Value!).ToList();

        Assert.Contains(anchors, a => !a.StartsWith("_Toc", StringComparison.Ordinal));
        Assert.All(anchors, anchor => Assert.Contains(anchor, bookmarks));
    }

    [Fact]
    public void Pages_are_numbered_except_the_title_page()
    {
        using var report = Open(Reports.Small());
        var footer = report.MainDocumentPart!.FooterParts.Single().Footer;
        var firstSection = report.MainDocumentPart.Document.Body!.Descendants<SectionProperties>().First();

        Assert.Contains(footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Contains("PAGE", StringComparison.Ordinal));
        Assert.NotNull(firstSection.GetFirstChild<TitlePage>());
    }

    [Fact]
    public void Document_properties_carry_the_workshop_title()
    {
        var workshop = Reports.Small();
        using var report = Open(workshop);

        Assert.Equal(workshop.Title, report.PackageProperties.Title);
        Assert.Equal("TeamsJourney", report.PackageProperties.Creator);
    }

    [Fact]
    public void Right_to_left_paragraphs_are_marked_bidirectional_and_emoji_survive()
    {
        using var report = Open(Reports.Hostile());
        var body = report.MainDocumentPart!.Document.Body!;

        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == HostileText.RightToLeft && p.ParagraphProperties?.BiDi is not null);
        Assert.Contains(HostileText.Emoji, body.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0000', body.InnerText);
    }

    [Fact]
    public void Every_map_note_appears_in_the_report()
    {
        var workshop = Reports.Typical();
        using var report = Open(workshop);
        var text = report.MainDocumentPart!.Document.Body!.InnerText;

        Assert.All(workshop.Groups.SelectMany(g => g.Items), item => Assert.Contains(item.Text, text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_9900_character_entry_the_deck_shortens_is_kept_in_full_in_the_reports_evidence_appendix()
    {
        var workshop = Reports.Workshop();
        var group = workshop.Groups[0];
        var entry = "Long entry start. " + string.Concat(Enumerable.Repeat("A resident waits in all day. ", 340))[..9_860] + " END-OF-ENTRY";
        var longer = workshop with { Groups = [group with { Items = [group.Items[0] with { Text = entry }, .. group.Items.Skip(1)] }, .. workshop.Groups.Skip(1)] };

        using var report = Open(longer);
        var body = report.MainDocumentPart!.Document.Body!;
        var blocks = body.Elements().ToList();
        var appendix = blocks.FindIndex(b => b is Paragraph p && p.InnerText.StartsWith("Appendix: evidence", StringComparison.Ordinal));

        Assert.True(appendix >= 0, "The report has no evidence appendix.");
        Assert.Contains(blocks.Skip(appendix).OfType<Table>(), table => table.InnerText.Contains(entry, StringComparison.Ordinal));
    }

    private static WordprocessingDocument Open(ReadModel.WorkshopReport workshop) =>
        WordprocessingDocument.Open(new MemoryStream(Generate.Report(workshop)), false);

    private static IEnumerable<Paragraph> Headings(Body body) =>
        body.Descendants<Paragraph>().Where(p => Style(p)?.StartsWith("Heading", StringComparison.Ordinal) == true);

    private static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
