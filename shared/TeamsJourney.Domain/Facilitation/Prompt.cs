using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Facilitation;

/// <summary>Where the group is in the scenario.</summary>
/// <param name="StepNumber">One-based number of the current step.</param>
/// <param name="TotalSteps">How many steps the scenario has.</param>
public sealed record StepProgress(int StepNumber, int TotalSteps);

/// <summary>An item already captured for the current step.</summary>
public sealed record PromptItem(string Id, string Text, string AuthorName, int Version, TouchpointChannel? Channel, Evidence? Evidence);

/// <summary>One input of a multi-input card and what the group has captured for it so far.</summary>
/// <param name="Input">The input: its key, label, question and what it records.</param>
/// <param name="Items">Map items captured in its lane for this stage (lane inputs).</param>
/// <param name="Texts">Persona entries captured for its field (persona inputs).</param>
/// <param name="Emotion">The stage's emotion score (the emotion input).</param>
public sealed record PromptInput(StepInput Input, IReadOnlyList<PromptItem> Items, IReadOnlyList<string> Texts, int? Emotion);

/// <summary>A pain point an initiative can be linked to.</summary>
public sealed record PainPointOption(string ItemId, string Text, string StageName);

/// <summary>An initiative as shown for voting or rating, from the viewing user's point of view.</summary>
public sealed record InitiativeOption(
    string Id,
    string Title,
    string? Description,
    int Votes,
    bool HasYourVote,
    int? Impact,
    int? Effort,
    IReadOnlyList<string> PainPointTexts);

/// <summary>
/// Everything a card needs to render the group's current step for one user. Built by
/// <see cref="GroupSession.PromptFor"/> and returned with every decision.
/// </summary>
public sealed record Prompt
{
    /// <summary>The step id, or "start" before the group has started.</summary>
    public required string StepId { get; init; }

    public required StepKind Kind { get; init; }

    public required StepPhase Phase { get; init; }

    /// <summary>e.g. "Stage 2 of 5: Reporting the missed collection — Customer actions".</summary>
    public required string Title { get; init; }

    public required string Question { get; init; }

    public string? Hint { get; init; }

    public string? Example { get; init; }

    public required StepProgress Progress { get; init; }

    public string? StageId { get; init; }

    public Lane? Lane { get; init; }

    public PersonaField? PersonaField { get; init; }

    /// <summary>Map items already captured for this stage and lane.</summary>
    public IReadOnlyList<PromptItem> CapturedItems { get; init; } = [];

    /// <summary>On a multi-input card: each input with what is captured for it.</summary>
    public IReadOnlyList<PromptInput> Inputs { get; init; } = [];

    /// <summary>The depth the group works at.</summary>
    public ScenarioDepth Depth { get; init; } = ScenarioDepth.Full;

    /// <summary>Persona entries already captured for this field.</summary>
    public IReadOnlyList<string> CapturedTexts { get; init; } = [];

    /// <summary>The current emotion score on an emotion step.</summary>
    public int? Emotion { get; init; }

    /// <summary>Pain points that initiatives can be linked to (initiative steps).</summary>
    public IReadOnlyList<PainPointOption> PainPoints { get; init; } = [];

    /// <summary>Initiatives to vote on or rate (initiative and review steps).</summary>
    public IReadOnlyList<InitiativeOption> Initiatives { get; init; } = [];

    public required int DotsPerPerson { get; init; }

    /// <summary>The viewing user's dots still to place.</summary>
    public required int RemainingDots { get; init; }

    public bool CanGoBack { get; init; }

    public bool CanSkip { get; init; }

    public bool AllowsMultiple { get; init; }

    public bool IsStarted { get; init; }

    public bool IsPaused { get; init; }

    public bool IsFinished { get; init; }
}
