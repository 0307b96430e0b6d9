using TeamsJourney.Documents.ReadModel;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>Evidence appendix and the facilitator's notes.</summary>
internal sealed partial class ReportBody
{
    private void WriteAppendix()
    {
        Heading(1, "Appendix: evidence");
        Paragraph(_xml, null, "Facts are backed by a source; assumptions are what the groups believed and should be tested. For the items under \"Evidence not recorded\" nobody said whether they are fact or assumption.");
        EvidenceTable(EvidenceKind.Fact, "Facts");
        EvidenceTable(EvidenceKind.Assumption, "Assumptions");
        EvidenceTable(null, "Evidence not recorded");
        Heading(1, "Facilitator notes");
        if (_report.FacilitatorNotes.Trim().Length == 0)
        {
            Paragraph(_xml, null, "No notes were recorded.");
        }

        Prose(_report.FacilitatorNotes);
    }

    // A null kind lists the items whose evidence was not recorded, so they are never shown as fact or assumption.
    private void EvidenceTable(EvidenceKind? kind, string heading)
    {
        var entries = _report.Groups.SelectMany(g => g.Items.Where(i => i.Kind == kind).Select(i => (Group: g, Item: i))).ToList();
        // An empty list gets no section: the counts of the others already say it, without a "None" heading.
        if (entries.Count == 0)
        {
            return;
        }

        Heading(2, $"{heading} ({entries.Count})");

        var width = ReportSections.PortraitTextWidth;
        WordColumn[] columns = [new("Statement", width * 45 / 100), new("Source", width * 25 / 100), new("Where", width - (width * 45 / 100) - (width * 25 / 100))];
        var rows = entries.Select(e => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
        [
            [new CellParagraph([new WordRun(e.Item.Text)])],
            [new CellParagraph([new WordRun(e.Item.EvidenceNotRecorded ? "Not recorded" : e.Item.Source ?? "None given")])],
            [new CellParagraph([new WordRun($"{e.Group.Name}, {e.Group.StageLabel(e.Item.StageIndex)}, {LaneCatalog.Label(e.Item.Lane)}")])],
        ]);
        _tables.Write($"{heading} behind the maps", $"{heading}: each statement with its source and where it sits on the map.", columns, rows);
    }
}
