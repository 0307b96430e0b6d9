using TeamsJourney.Documents.ReadModel;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>Executive summary and personas.</summary>
internal sealed partial class ReportBody
{
    private const int TopCount = 5;

    private void WriteSummary()
    {
        Heading(1, "Executive summary");
        Paragraph(_xml, null, $"This report records the workshop \u201C{_report.Title}\u201D held by {_report.Groups.Count} group(s) on {_report.DateText}. It covers the personas, each group's journey map and service blueprint, the improvement initiatives and the evidence behind them.");
        Heading(2, "Objectives");
        Bullets(_report.Objectives, "No objectives were recorded.");
        Heading(2, "Stakeholders");
        Bullets(_report.Stakeholders, "No stakeholders were recorded.");

        Heading(2, "Top pain points");
        var pains = _report.RankedPainPoints().Take(TopCount).ToList();
        if (pains.Count == 0)
        {
            Paragraph(_xml, null, "No pain points were recorded.");
        }

        foreach (var (group, pain, votes) in pains)
        {
            Paragraph(_xml, "ListBullet", [
                new WordRun(pain.Text, LinkAnchor: pain.Anchor),
                new WordRun($" ({group.Name}, {group.StageLabel(pain.StageIndex)}; {votes} vote(s) on initiatives addressing it)"),
            ]);
        }

        Heading(2, "Top initiatives");
        var initiatives = _report.RankedInitiatives().Take(TopCount).ToList();
        if (initiatives.Count == 0)
        {
            Paragraph(_xml, null, "No initiatives were recorded.");
        }

        foreach (var (group, initiative) in initiatives)
        {
            Paragraph(_xml, "ListBullet", [new WordRun(initiative.Title, Bold: true), new WordRun($" ({group.Name}): {initiative.Scores}")]);
        }
    }

    private void WritePersonas()
    {
        Heading(1, "Personas");
        if (_report.Personas.Count == 0)
        {
            Paragraph(_xml, null, "No personas were recorded.");
        }

        foreach (var persona in _report.Personas)
        {
            Heading(2, persona.Name);
            PersonaSection("Goals", persona.Goals);
            PersonaSection("Motivations", persona.Motivations);
            PersonaSection("Challenges", persona.Challenges);
            Heading(3, "Life context");
            if (persona.LifeContext.Length == 0)
            {
                Paragraph(_xml, null, "None recorded.");
            }

            Prose(persona.LifeContext);
        }
    }

    private void PersonaSection(string heading, IReadOnlyList<string> entries)
    {
        Heading(3, heading);
        Bullets(entries, "None recorded.");
    }

    private static string LaneColumn(Lane lane) => LaneCatalog.Label(lane);
}
