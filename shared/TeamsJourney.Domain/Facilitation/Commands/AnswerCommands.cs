using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Facilitation.Commands;

/// <summary>
/// An answer to the current step. On a multi-item step it adds one entry and stays ("add
/// another"); on a single-answer step it records the answer and moves on.
/// </summary>
/// <param name="Text">The answer text (an emotion step also accepts "-2".."+2").</param>
/// <param name="Channel">For touchpoints: how the person is reached.</param>
/// <param name="EvidenceKind">For map items: fact or assumption.</param>
/// <param name="EvidenceSource">Where the evidence comes from.</param>
public sealed record Answer(
    string Text,
    TouchpointChannel? Channel = null,
    EvidenceKind? EvidenceKind = null,
    string? EvidenceSource = null) : GroupCommand;

/// <summary>Scores the emotion (-2..+2) of a stage; without a stage id, of the current emotion step's stage.</summary>
public sealed record ScoreEmotion(int Score, string? StageId = null) : GroupCommand;

/// <summary>Proposes an initiative linked to existing pain points.</summary>
public sealed record ProposeInitiative(string Title, IReadOnlyList<string> PainPointIds, string? Description = null) : GroupCommand;

/// <summary>Puts one of the actor's dots on an initiative (voting step only).</summary>
public sealed record Vote(string InitiativeId) : GroupCommand;

/// <summary>Takes the actor's dot back off an initiative (voting step only).</summary>
public sealed record Unvote(string InitiativeId) : GroupCommand;

/// <summary>Rates an initiative's impact and effort, 1..5 each (impact/effort step only).</summary>
public sealed record RateInitiative(string InitiativeId, int Impact, int Effort) : GroupCommand;

/// <summary>What was typed into one input of a multi-input card; an empty text adds nothing.</summary>
/// <param name="Key">The input's key (<see cref="Scenarios.StepInput.Key"/>), e.g. "painPoint", "lifeContext" or "emotion".</param>
/// <param name="Text">The entry (for the emotion: "-2".."+2").</param>
/// <param name="Channel">For touchpoints: how the person is reached.</param>
/// <param name="EvidenceKind">For map items: fact or assumption.</param>
/// <param name="EvidenceSource">Where the evidence comes from.</param>
public sealed record InputAnswer(
    string Key,
    string? Text,
    TouchpointChannel? Channel = null,
    EvidenceKind? EvidenceKind = null,
    string? EvidenceSource = null);

/// <summary>
/// Answers a multi-input card: every filled input is recorded at once (all or nothing), each map item with its
/// own channel and evidence. With <paramref name="MoveOn"/> the group also moves to the next step in the same
/// decision ("Save and next").
/// </summary>
/// <param name="Answers">One entry per input; empty ones are ignored.</param>
/// <param name="MoveOn">Move to the next step after saving.</param>
/// <param name="ForStepId">
/// The step the card was written for when the group has since moved past it: the entries are kept there (a stage's
/// items stay in that stage) and the group stays where it is. Null for the current step.
/// </param>
public sealed record AnswerInputs(IReadOnlyList<InputAnswer> Answers, bool MoveOn = false, string? ForStepId = null) : GroupCommand;
