using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Workshops;

/// <summary>
/// The parts of a workshop a facilitator runs and time-boxes, in order. Coarser than a script's
/// <see cref="StepPhase"/>: the initiatives phase splits into ideas and voting (rating and review belong to voting),
/// because those are the two moments a facilitator calls the room to.
/// </summary>
public enum WorkshopPhase
{
    Persona,
    Journey,
    Blueprint,
    Ideas,
    Voting,
}

/// <summary>How steps fall into <see cref="WorkshopPhase"/>s, and the phase names people type.</summary>
public static class WorkshopPhases
{
    /// <summary>Every phase, in workshop order.</summary>
    public static IReadOnlyList<WorkshopPhase> All { get; } = Enum.GetValues<WorkshopPhase>();

    private static readonly Dictionary<string, WorkshopPhase> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["persona"] = WorkshopPhase.Persona,
        ["journey"] = WorkshopPhase.Journey,
        ["blueprint"] = WorkshopPhase.Blueprint,
        ["ideas"] = WorkshopPhase.Ideas,
        ["idea"] = WorkshopPhase.Ideas,
        ["initiatives"] = WorkshopPhase.Ideas,
        ["voting"] = WorkshopPhase.Voting,
        ["vote"] = WorkshopPhase.Voting,
        ["votes"] = WorkshopPhase.Voting,
    };

    /// <summary>The phase a step belongs to.</summary>
    public static WorkshopPhase Of(ScenarioStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Phase switch
        {
            StepPhase.Persona => WorkshopPhase.Persona,
            StepPhase.Journey => WorkshopPhase.Journey,
            StepPhase.Blueprint => WorkshopPhase.Blueprint,
            _ when step.Kind == StepKind.InitiativeIdeas => WorkshopPhase.Ideas,
            _ => WorkshopPhase.Voting,
        };
    }

    /// <summary>The first step of <paramref name="phase"/> in the script, or null when the script has no such phase.</summary>
    public static ScenarioStep? FirstStepOf(ScenarioScript script, WorkshopPhase phase)
    {
        ArgumentNullException.ThrowIfNull(script);
        return FirstStepOf(script.Steps, phase);
    }

    /// <summary>The first step of <paramref name="phase"/> among <paramref name="steps"/> (a group's steps at its depth), or null.</summary>
    public static ScenarioStep? FirstStepOf(IReadOnlyList<ScenarioStep> steps, WorkshopPhase phase)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return steps.FirstOrDefault(s => Of(s) == phase);
    }

    /// <summary>The phase after <paramref name="phase"/>, or null after voting.</summary>
    public static WorkshopPhase? After(WorkshopPhase phase) =>
        phase == WorkshopPhase.Voting ? null : phase + 1;

    /// <summary>Reads a typed phase name ("ideas", "Voting", "initiatives"); false for anything else.</summary>
    public static bool TryParse(string? text, out WorkshopPhase phase) =>
        Names.TryGetValue(text?.Trim() ?? string.Empty, out phase);

    /// <summary>The name people type and read, e.g. "ideas".</summary>
    public static string NameOf(WorkshopPhase phase) => phase.ToString().ToLowerInvariant();
}
