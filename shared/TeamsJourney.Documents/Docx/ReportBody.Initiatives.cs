using System.Globalization;
using TeamsJourney.Documents.Preparation;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>
/// Initiatives and their action plan: per group a ranked table (votes, impact, effort, quadrant, owner, due date,
/// measure; "not agreed yet" where nothing is agreed), then each initiative in full with the pain points it addresses.
/// </summary>
internal sealed partial class ReportBody
{
    private void WriteActionPlans()
    {
        Heading(1, "Initiatives and action plan");
        var groups = _report.Groups.Where(g => g.ReachedInitiatives()).ToList();
        if (groups.Count == 0)
        {
            Paragraph(_xml, null, "No group has proposed an initiative yet.");
        }

        foreach (var group in groups)
        {
            Heading(2, $"{group.Name}: initiatives");
            PlanTable(group);
            foreach (var initiative in group.Initiatives)
            {
                InitiativeDetail(initiative);
            }
        }
    }

    private void PlanTable(PreparedGroup group)
    {
        var width = ReportSections.LandscapeTextWidth;
        WordColumn[] columns =
        [
            new("#", width * 4 / 100), new("Initiative", width * 26 / 100), new("Votes", width * 7 / 100), new("Impact", width * 7 / 100),
            new("Effort", width * 7 / 100), new("Quadrant", width * 11 / 100), new("Owner", width * 12 / 100), new("Due", width * 10 / 100),
            new("Measure", width - (width * 84 / 100)),
        ];
        static IReadOnlyList<CellParagraph> Cell(string text) => [new CellParagraph([new WordRun(text)])];
        var rows = group.Initiatives.Select(i => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
        [
            Cell(i.Rank.ToString(CultureInfo.InvariantCulture)),
            Cell(i.Title),
            Cell(i.Votes.ToString(CultureInfo.InvariantCulture)),
            Cell(i.Impact?.ToString(CultureInfo.InvariantCulture) ?? "not yet rated"),
            Cell(i.Effort?.ToString(CultureInfo.InvariantCulture) ?? "not yet rated"),
            Cell(i.Quadrant ?? "not yet rated"),
            Cell(i.Owner),
            Cell(i.Due),
            Cell(i.Measure),
        ]);
        _tables.Write($"Action plan of {group.Name}", $"Action plan of {group.Name}: initiatives ranked by votes with impact, effort, quadrant and the agreed owner, due date and measure.", columns, rows);
    }

    private void InitiativeDetail(PreparedInitiative initiative)
    {
        Paragraph(_xml, null, [new WordRun($"{initiative.Rank}. {initiative.Title}", Bold: true), new WordRun($" ({initiative.Scores})")], keepNext: true);
        if (initiative.Description.Length > 0)
        {
            Prose(initiative.Description);
        }

        var runs = new List<WordRun> { new("Addresses: ") };
        if (initiative.PainPoints.Count == 0)
        {
            runs.Add(new WordRun("no linked pain point."));
        }

        for (var p = 0; p < initiative.PainPoints.Count; p++)
        {
            runs.Add(new WordRun(initiative.PainPoints[p].Text, LinkAnchor: initiative.PainPoints[p].Anchor));
            runs.Add(new WordRun(p == initiative.PainPoints.Count - 1 ? "." : "; "));
        }

        Paragraph(_xml, null, runs);
    }
}
