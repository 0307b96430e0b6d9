using System.Globalization;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>Executive summary (the deck's summary slide in prose) and personas.</summary>
internal sealed partial class ReportBody
{
    private const int TopCount = 5;

    private void WriteSummary()
    {
        Heading(1, "Executive summary");
        Paragraph(_xml, null, $"This report records the workshop \u201C{_report.Title}\u201D held by {_report.Groups.Count} group(s) on {_report.DateText}. It covers the personas, each group's journey map and service blueprint, the initiatives with their action plan, and the evidence behind them.");
        Heading(2, "Scenarios");
        Bullets(_report.Groups.Select(g => $"{g.Name}{(g.Scenario is null ? string.Empty : ": " + g.Scenario)} ({g.Stages.Count} stages, {g.Items.Count} notes, {g.Initiatives.Count} initiatives)"), "No breakout group has worked on a map yet.");
        Heading(2, "Objectives");
        Bullets(_report.Objectives, "No objectives were recorded.");
        Heading(2, "Stakeholders");
        Bullets(_report.Stakeholders, "No stakeholders were recorded.");
        WriteEvidenceStrength();
        WriteTopPainPoints();
        Heading(2, "Top initiatives");
        var initiatives = _report.RankedInitiatives().Take(TopCount).ToList();
        if (initiatives.Count == 0)
        {
            Paragraph(_xml, null, "No initiatives were proposed yet.");
        }

        foreach (var (group, initiative) in initiatives)
        {
            Paragraph(_xml, "ListBullet", [new WordRun(initiative.Title, Bold: true), new WordRun($" ({group.Name}): {initiative.Scores}{(initiative.Quadrant is null ? string.Empty : " · " + initiative.Quadrant)} · owner {initiative.Owner}")]);
        }

        WriteNotReached();
    }

    private void WriteEvidenceStrength()
    {
        var items = _report.Groups.Sum(g => g.Items.Count);
        var facts = _report.Groups.Sum(g => g.FactCount);
        Heading(2, "Evidence strength");
        Paragraph(_xml, null, items == 0
            ? "No notes on the maps yet."
            : $"{Percent(facts, items)} of notes are backed by a fact ({facts} of {items}); the rest are assumptions to test or have no evidence recorded. The appendix lists each with its source.");
    }

    private void WriteTopPainPoints()
    {
        Heading(2, "Top pain points");
        var pains = _report.RankedPainPoints().Take(TopCount).ToList();
        if (pains.Count == 0)
        {
            Paragraph(_xml, null, "No pain points were recorded.");
        }

        foreach (var (group, pain, votes) in pains)
        {
            Paragraph(_xml, "ListBullet", [
                EvidenceRun(pain),
                new WordRun(pain.Text, LinkAnchor: pain.Anchor),
                new WordRun($" ({group.Name}, {group.StageLabel(pain.StageIndex)}; {votes} vote(s) on initiatives addressing it)"),
            ]);
        }
    }

    // Said once here, so the chapters below can simply leave out what a group did not reach.
    private void WriteNotReached()
    {
        var gaps = _report.Groups.Where(g => g.MissingParts().Count > 0).Select(g => $"{g.Name}: {string.Join(", ", g.MissingParts())}.").ToList();
        gaps.AddRange(_report.Personas.Where(p => p.IsBlank).Select(p => $"{p.Name}: nothing recorded beyond the persona's name."));
        if (gaps.Count > 0)
        {
            Heading(2, "Not reached yet");
            Paragraph(_xml, null, "These parts were not reached when the documents were generated, so they have no section below.");
            Bullets(gaps, string.Empty);
        }
    }

    private void WritePersonas()
    {
        var personas = _report.Personas.Where(p => !p.IsBlank).ToList();
        Heading(1, "Personas");
        if (personas.Count == 0)
        {
            Paragraph(_xml, null, "No persona was described yet.");
        }

        foreach (var persona in personas)
        {
            Heading(2, persona.Name);
            if (persona.Quote is { } quote)
            {
                Paragraph(_xml, null, [new WordRun($"\u201C{quote.Text}\u201D", Bold: true), new WordRun($" ({quote.Source})")]);
            }

            PersonaSection("Goals", persona.Goals);
            PersonaSection("Motivations", persona.Motivations);
            PersonaSection("Challenges", persona.Challenges);
            if (persona.LifeContext.Length > 0)
            {
                Heading(3, "Life context");
                Prose(persona.LifeContext);
            }
        }
    }

    private void PersonaSection(string heading, IReadOnlyList<string> entries)
    {
        if (entries.Count > 0)
        {
            Heading(3, heading);
            Bullets(entries, string.Empty);
        }
    }

    /// <summary>The badge the deck draws on a card, as a coloured bold run in front of the text.</summary>
    private static WordRun EvidenceRun(PreparedItem item) => item.Kind switch
    {
        EvidenceKind.Fact => new WordRun("Fact: ", Bold: true, ColorHex: ReportStyles.FactText),
        EvidenceKind.Assumption => new WordRun("Assumption: ", Bold: true, ColorHex: ReportStyles.AssumptionText),
        _ => new WordRun("Not recorded: ", Bold: true, ColorHex: ReportStyles.UnrecordedText),
    };

    private static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : (part * 100.0 / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string LaneColumn(Lane lane) => LaneCatalog.Label(lane);
}
