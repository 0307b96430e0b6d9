using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;

namespace TeamsJourney.Documents.Tests.Docx;

/// <summary>The report says plainly which initiatives are unrated and which items have no evidence recorded.</summary>
public sealed class HonestGapsReportTests
{
    private const string Unrated = "Unrated idea: bin stickers";
    private const string Unsourced = "Crew could not reach the bin store";

    private static WorkshopReport WithGaps()
    {
        var report = Reports.Small();
        var group = report.Groups[0];
        var item = group.Items[0] with { Id = "gap-1", Text = Unsourced, Evidence = null };
        var initiative = new Initiative(Unrated, "Stickers explaining what went wrong.", [], 9, null, null);
        return report with { Groups = [group with { Items = [.. group.Items, item], Initiatives = [.. group.Initiatives, initiative] }] };
    }

    private static List<string> Paragraphs(WorkshopReport report)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Generate.Report(report)), false);
        return [.. document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    [Fact]
    public void Unrated_initiative_is_listed_with_not_yet_rated_scores()
    {
        var paragraphs = Paragraphs(WithGaps());

        Assert.Contains($"1. {Unrated} (9 votes · impact and effort not yet rated)", paragraphs);
    }

    [Fact]
    public void Item_without_evidence_appears_in_the_not_recorded_table_only()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Generate.Report(WithGaps())), false);
        var tables = document.MainDocumentPart!.Document.Body!.Descendants<Table>()
            .ToDictionary(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value!, t => t.InnerText);

        Assert.Contains(Unsourced, tables["Evidence not recorded behind the maps"], StringComparison.Ordinal);
        Assert.Contains("Not recorded", tables["Evidence not recorded behind the maps"], StringComparison.Ordinal);
        Assert.DoesNotContain(Unsourced, tables["Facts behind the maps"], StringComparison.Ordinal);
        Assert.DoesNotContain(Unsourced, tables["Assumptions behind the maps"], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_unrated_initiatives_and_unrecorded_evidence_is_valid() =>
        OpenXmlAssert.Valid(Generate.Report(WithGaps()), DocumentKind.Report);
}
