namespace TeamsJourney.Domain.Facilitation.Commands;

/// <summary>The first command of a group: begins the scenario at its first step.</summary>
/// <param name="GroupName">The group's display name.</param>
/// <param name="Depth">The depth and blueprint lanes to work at; null walks every step of the script (full depth).</param>
public sealed record Start(string GroupName, Scenarios.DepthChoice? Depth = null) : GroupCommand;

/// <summary>
/// Facilitator only: changes a running group's depth or blueprint lanes. The group carries on at the same stage
/// (or the nearest step the new depth has); what it captured stays. Choosing what the group already has changes nothing.
/// </summary>
public sealed record ChooseDepth(Scenarios.DepthChoice Depth) : GroupCommand;

/// <summary>Finishes the current step ("Done"); on the review step it finishes the group.</summary>
public sealed record Next : GroupCommand;

/// <summary>Returns to the previous step.</summary>
public sealed record Back : GroupCommand;

/// <summary>Moves on without answering the current step.</summary>
public sealed record Skip : GroupCommand;

/// <summary>Jumps to the first step of the next stage or phase.</summary>
public sealed record FinishStage : GroupCommand;

/// <summary>Facilitator only: moves the group on as <see cref="FinishStage"/> does, even while paused.</summary>
public sealed record AdvanceAll : GroupCommand;

/// <summary>Facilitator only: stops the group from answering until resumed.</summary>
public sealed record Pause : GroupCommand;

/// <summary>Facilitator only: lets a paused group carry on.</summary>
public sealed record Resume : GroupCommand;

/// <summary>
/// Facilitator only: the group jumps to the first step of <paramref name="Phase"/> wherever it is (forward or back),
/// even while paused. A group already in that phase stays where it is.
/// </summary>
public sealed record MoveToPhase(Workshops.WorkshopPhase Phase) : GroupCommand;
