using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Text;

namespace TeamsJourney.Documents.Preparation;

/// <summary>Validates a report and builds its sanitised, indexed form.</summary>
internal static class ReportPreparer
{
    public static PreparedReport Prepare(WorkshopReport report)
    {
        ReportValidator.ThrowIfInvalid(report);
        var groups = new List<PreparedGroup>(report.Groups.Count);
        for (var g = 0; g < report.Groups.Count; g++)
        {
            groups.Add(PrepareGroup(report.Groups[g], g + 1));
        }

        return new PreparedReport(
            Clean(report.Title, "Untitled workshop"),
            CleanAll(report.Objectives),
            CleanAll(report.Stakeholders),
            XmlTextSanitizer.Sanitize(report.FacilitatorNotes),
            report.GeneratedOn,
            [.. report.Personas.Select(CleanPersona)],
            groups,
            PlenaryPreparer.Prepare(report.Plenary));
    }

    private static PreparedGroup PrepareGroup(JourneyGroup group, int number)
    {
        var ordered = group.Stages.OrderBy(s => s.Order).ToList();
        var stageIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < ordered.Count; s++)
        {
            stageIndex[ordered[s].Name] = s;
        }

        var items = new List<PreparedItem>(group.Items.Count);
        var byId = new Dictionary<string, PreparedItem>(StringComparer.Ordinal);
        foreach (var item in group.Items)
        {
            var prepared = new PreparedItem(
                item.Id,
                stageIndex[item.Stage],
                item.Lane,
                XmlTextSanitizer.Sanitize(item.Text),
                string.IsNullOrWhiteSpace(item.Channel) ? null : XmlTextSanitizer.Sanitize(item.Channel),
                item.Evidence?.Kind,
                string.IsNullOrWhiteSpace(item.Evidence?.Source) ? null : XmlTextSanitizer.Sanitize(item.Evidence.Source),
                $"g{number}_i{items.Count + 1}");
            items.Add(prepared);
            byId[item.Id] = prepared;
        }

        var ranked = group.Initiatives
            .OrderByDescending(i => i.Votes)
            .ThenByDescending(i => i.Impact ?? 0)
            .ThenBy(i => i.Title, StringComparer.Ordinal)
            .Select((initiative, index) => new PreparedInitiative(
                index + 1,
                Clean(initiative.Title, "Untitled initiative"),
                XmlTextSanitizer.Sanitize(initiative.Description),
                [.. initiative.PainPointIds.Distinct(StringComparer.Ordinal).Select(id => byId[id])],
                initiative.Votes,
                initiative.Impact,
                initiative.Effort,
                CleanPlan(initiative.Plan)))
            .ToList();

        var stages = ordered.Select(s => s with { Name = Clean(s.Name, $"Stage {s.Order}") }).ToList();
        var scenario = string.IsNullOrWhiteSpace(group.Scenario) ? null : XmlTextSanitizer.Sanitize(group.Scenario).Trim();
        return new PreparedGroup(number, Clean(group.Name, $"Group {number}"), stages, items, ranked, scenario);
    }

    private static ActionPlan? CleanPlan(ActionPlan? plan) => plan is null ? null : new ActionPlan(
        string.IsNullOrWhiteSpace(plan.Owner) ? null : XmlTextSanitizer.Sanitize(plan.Owner).Trim(),
        plan.Due,
        string.IsNullOrWhiteSpace(plan.Measure) ? null : XmlTextSanitizer.Sanitize(plan.Measure).Trim());

    private static Persona CleanPersona(Persona persona) => new(
        Clean(persona.Name, "Unnamed persona"),
        CleanAll(persona.Goals),
        CleanAll(persona.Motivations),
        CleanAll(persona.Challenges),
        XmlTextSanitizer.Sanitize(persona.LifeContext),
        persona.Quote is { } quote && !string.IsNullOrWhiteSpace(quote.Text)
            ? new PersonaQuote(XmlTextSanitizer.Sanitize(quote.Text).Trim(), XmlTextSanitizer.Sanitize(quote.Source).Trim())
            : null);

    private static List<string> CleanAll(IReadOnlyList<string> texts) => [.. texts.Select(XmlTextSanitizer.Sanitize)];

    // Titles must never be empty: screen readers announce a slide or heading by them.
    private static string Clean(string? text, string fallback)
    {
        var clean = XmlTextSanitizer.Sanitize(text).Trim();
        return clean.Length == 0 ? fallback : clean;
    }
}
