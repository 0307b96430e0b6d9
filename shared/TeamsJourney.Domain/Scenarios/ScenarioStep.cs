using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Scenarios;

/// <summary>
/// One step of an expanded scenario: what to ask, what it captures and how the group may move
/// on. Ids are stable for a script version, e.g. "persona.goals", "journey.report.painPoint",
/// "journey.report.emotion", "blueprint.report.backstage", "initiatives.voting", "review".
/// </summary>
public sealed record ScenarioStep
{
    /// <summary>Stable step id.</summary>
    public required string Id { get; init; }

    /// <summary>Zero-based position in the script.</summary>
    public required int Index { get; init; }

    /// <summary>What the step captures.</summary>
    public required StepKind Kind { get; init; }

    /// <summary>The workshop phase.</summary>
    public required StepPhase Phase { get; init; }

    /// <summary>The question, hint and example.</summary>
    public required PromptText Text { get; init; }

    /// <summary>True when the group may add several answers before moving on.</summary>
    public required bool AllowsMultiple { get; init; }

    /// <summary>True when the group may skip the step.</summary>
    public bool CanSkip => Kind != StepKind.Review;

    /// <summary>A short label for what is captured, e.g. "Pain points" or "Goals".</summary>
    public required string Captures { get; init; }

    /// <summary>For persona steps: the field.</summary>
    public PersonaField? PersonaField { get; init; }

    /// <summary>For stage steps: the stage id.</summary>
    public string? StageId { get; init; }

    /// <summary>For stage steps: the stage name.</summary>
    public string? StageName { get; init; }

    /// <summary>For stage steps: the one-based stage number.</summary>
    public int? StageNumber { get; init; }

    /// <summary>For item steps: the lane filled.</summary>
    public Lane? Lane { get; init; }

    /// <summary>For <see cref="StepKind.MultiInput"/> steps: the boxes on the card, in order; empty otherwise.</summary>
    public IReadOnlyList<StepInput> Inputs { get; init; } = [];

    /// <summary>Finds an input of a multi-input step by its key.</summary>
    public StepInput? FindInput(string key) => Inputs.FirstOrDefault(i => i.Key == key);

    /// <summary>
    /// The section the step belongs to: a stage within the journey or blueprint phase, each
    /// initiative activity on its own (so moving a group on never skips voting), or the whole
    /// persona or review phase. "Finish stage" jumps to the first step of the next section.
    /// </summary>
    public string Section => StageId is not null ? $"{Phase}:{StageId}"
        : Phase == StepPhase.Initiatives ? Id
        : Phase.ToString();
}
