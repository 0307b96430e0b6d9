using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Preparation;

/// <summary>Finds every reason a report cannot be written, so the user gets one clear message instead of a crash mid-file.</summary>
internal static class ReportValidator
{
    /// <summary>Longest workshop title: it must fit a slide title at a readable size.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Longest group, persona or stage name: these head slides and table columns.</summary>
    public const int MaxNameLength = 120;

    public static void ThrowIfInvalid(WorkshopReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var problems = new List<string>();
        if (report.Objectives is null || report.Stakeholders is null || report.Personas is null || report.Groups is null)
        {
            problems.Add("Objectives, stakeholders, personas and groups must be lists (they may be empty), not null.");
            throw new InvalidWorkshopReportException(problems);
        }

        CheckLength(report.Title, MaxTitleLength, "The workshop title", problems);
        for (var p = 0; p < report.Personas.Count; p++)
        {
            var persona = report.Personas[p];
            if (persona is null || persona.Goals is null || persona.Motivations is null || persona.Challenges is null)
            {
                problems.Add($"Persona {p + 1} is missing, or has a null goals, motivations or challenges list.");
                continue;
            }

            CheckLength(persona.Name, MaxNameLength, $"Persona {p + 1}'s name", problems);
        }

        for (var g = 0; g < report.Groups.Count; g++)
        {
            CheckGroup(report.Groups[g], g + 1, problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidWorkshopReportException(problems);
        }
    }

    private static void CheckGroup(JourneyGroup? group, int number, List<string> problems)
    {
        if (group is null || group.Stages is null || group.Items is null || group.Initiatives is null)
        {
            problems.Add($"Group {number} is missing, or has a null stages, items or initiatives list.");
            return;
        }

        CheckLength(group.Name, MaxNameLength, $"Group {number}'s name", problems);
        var where = $"Group {number} ('{Shorten(group.Name)}'):";
        var stageNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in group.Stages)
        {
            if (stage is null || !stageNames.Add(stage.Name ?? string.Empty))
            {
                problems.Add($"{where} stage names must be present and unique ('{Shorten(stage?.Name)}' repeats).");
            }
            else if (stage.Name is { Length: > MaxNameLength })
            {
                problems.Add($"{where} stage '{Shorten(stage.Name)}' has a name of {stage.Name.Length} characters; the limit is {MaxNameLength}.");
            }
            else if (stage.Emotion is < JourneyStage.MinEmotion or > JourneyStage.MaxEmotion)
            {
                problems.Add($"{where} stage '{Shorten(stage.Name)}' has emotion {stage.Emotion}; allowed is -2 to +2 or none.");
            }
        }

        var painPointIds = new HashSet<string>(StringComparer.Ordinal);
        var itemIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in group.Items)
        {
            if (item is null)
            {
                problems.Add($"{where} an item is missing.");
                continue;
            }

            if (!itemIds.Add(item.Id ?? string.Empty))
            {
                problems.Add($"{where} item id '{item.Id}' is used more than once.");
            }

            if (!stageNames.Contains(item.Stage ?? string.Empty))
            {
                problems.Add($"{where} item '{item.Id}' is in stage '{item.Stage}', which the group does not have.");
            }

            if (!Enum.IsDefined(item.Lane) || (item.Evidence is { } evidence && !Enum.IsDefined(evidence.Kind)))
            {
                problems.Add($"{where} item '{item.Id}' has an unknown lane or evidence kind.");
            }

            if (item.Lane == Lane.PainPoint && item.Id is not null)
            {
                painPointIds.Add(item.Id);
            }
        }

        foreach (var initiative in group.Initiatives)
        {
            CheckInitiative(initiative, where, painPointIds, problems);
        }
    }

    private static void CheckInitiative(Initiative? initiative, string where, HashSet<string> painPointIds, List<string> problems)
    {
        if (initiative is null || initiative.PainPointIds is null)
        {
            problems.Add($"{where} an initiative or its pain point list is missing.");
            return;
        }

        if (initiative.Votes < 0)
        {
            problems.Add($"{where} initiative '{Shorten(initiative.Title)}' has {initiative.Votes} votes; votes cannot be negative.");
        }

        // Null means "not yet rated" and is allowed; a score that is given must be on the scale.
        if (initiative.Impact is < Initiative.MinScore or > Initiative.MaxScore
            || initiative.Effort is < Initiative.MinScore or > Initiative.MaxScore)
        {
            problems.Add($"{where} initiative '{Shorten(initiative.Title)}' needs impact and effort from 1 to 5 or not yet rated (got {initiative.Impact} and {initiative.Effort}).");
        }

        foreach (var id in initiative.PainPointIds)
        {
            if (!painPointIds.Contains(id ?? string.Empty))
            {
                problems.Add($"{where} initiative '{Shorten(initiative.Title)}' links '{id}', which is not a pain point of the group.");
            }
        }
    }

    private static void CheckLength(string? text, int limit, string what, List<string> problems)
    {
        if (text is { Length: var length } && length > limit)
        {
            problems.Add($"{what} has {length} characters; the limit is {limit}.");
        }
    }

    private static string Shorten(string? text) => text is { Length: > 40 } ? text[..40] + "…" : text ?? string.Empty;
}
