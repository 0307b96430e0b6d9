using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;

namespace TeamsJourney.Documents.Tests.Docx;

/// <summary>The report follows the deck: summary, maps, initiatives and plan, appendices; evidence shown in the tables.</summary>
public sealed class ReportStructureTests
{
    [Fact]
    public void Chapters_follow_the_deck_summary_maps_initiatives_and_plan_then_appendices()
    {
        var chapters = Chapters(Reports.Workshop());

        Assert.Equal(["Executive summary", "Personas", "Journeys and blueprints", "Initiatives and action plan", "Appendix: evidence", "Facilitator notes"], chapters);
    }

    [Fact]
    public void Journey_and_blueprint_tables_repeat_their_header_row_and_show_fact_or_assumption_in_each_note()
    {
        var report = Reports.Workshop();
        using var document = Open(report);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Where(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value!.StartsWith("Journey map of", StringComparison.Ordinal)
                || t.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value!.StartsWith("Service blueprint of", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(2 * report.Groups.Count, tables.Count);
        Assert.All(tables, table => Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>()));
        var text = string.Join(' ', tables.Select(t => t.InnerText));
        Assert.All(report.Groups.SelectMany(g => g.Items), item =>
        {
            var badge = item.Evidence?.Kind switch { EvidenceKind.Fact => "Fact: ", EvidenceKind.Assumption => "Assumption: ", _ => "Not recorded: " };
            Assert.Contains(badge + (item.Channel is null ? string.Empty : $"[{item.Channel}] ") + item.Text, text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Action_plan_table_says_not_agreed_yet_where_nothing_is_agreed_and_shows_what_is()
    {
        var report = Reports.Small();
        var group = report.Groups[0];
        var agreed = new Initiative("Text residents when the crew returns", "SMS on rebooking.", [], 12, 4, 2, new ActionPlan("Waste services lead", new DateOnly(2026, 6, 30), null));
        using var document = Open(report with { Groups = [group with { Initiatives = [.. group.Initiatives, agreed] }] });
        var plan = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val == "Action plan of Group 1");
        var rows = plan.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.Equal(["1", "Text residents when the crew returns", "12", "4", "2", "Quick win", "Waste services lead", "30 Jun 2026", "not agreed yet"], rows[0]);
        Assert.Equal(["not agreed yet", "not agreed yet", "not agreed yet"], rows[1][^3..]);
    }

    [Fact]
    public void Unfinished_groups_are_named_once_and_leave_no_empty_sections()
    {
        var report = Reports.Unfinished();
        using var document = Open(report);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = string.Join('\n', body.Descendants<Paragraph>().Select(p => p.InnerText));

        Assert.Contains("Group 3: journey map, emotion curve, service blueprint, initiatives.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("None recorded", text, StringComparison.Ordinal);
        var headings = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true).Select(p => p.InnerText).ToList();
        Assert.Contains("Group 1", headings);
        Assert.Contains("Group 2", headings);
        Assert.DoesNotContain(headings, h => h.Contains("Group 3", StringComparison.Ordinal));
        Assert.DoesNotContain(body.Descendants<Paragraph>(), p => p.InnerText == "Persona of Group 3");
    }

    private static List<string> Chapters(WorkshopReport report)
    {
        using var document = Open(report);
        return [.. document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText)];
    }

    private static WordprocessingDocument Open(WorkshopReport report) => WordprocessingDocument.Open(new MemoryStream(Generate.Report(report)), false);
}
