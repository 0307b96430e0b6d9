using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Facilitation.Events;

/// <summary>Why the group's current step changed.</summary>
public enum StepMoveReason
{
    /// <summary>The group finished the step (Next / Done).</summary>
    Next,

    /// <summary>The group answered a single-answer step, which moves on by itself.</summary>
    Answered,

    /// <summary>The group went back a step.</summary>
    Back,

    /// <summary>The group skipped the step.</summary>
    Skipped,

    /// <summary>The group finished the whole stage or phase.</summary>
    StageFinished,

    /// <summary>The facilitator moved every group on.</summary>
    AdvancedByFacilitator,

    /// <summary>The facilitator moved every group to a phase.</summary>
    MovedToPhaseByFacilitator,
}

/// <summary>The group began its scenario.</summary>
public sealed record GroupStarted : GroupEvent
{
    public required string GroupName { get; init; }

    public required string ScenarioId { get; init; }

    public required int ScenarioVersion { get; init; }

    /// <summary>The first step's id.</summary>
    public required string StepId { get; init; }

    /// <summary>The depth the group works at; null in logs from before depths (those are full).</summary>
    public ScenarioDepth? Depth { get; init; }

    /// <summary>The blueprint lanes chosen, or null for the depth's own choice.</summary>
    public IReadOnlyList<Lane>? BlueprintLanes { get; init; }
}

/// <summary>
/// The facilitator changed the group's depth or blueprint lanes while it ran: the group carries on at the same
/// stage on the new depth's cards, and everything it captured stays on the map.
/// </summary>
public sealed record DepthChosen : GroupEvent
{
    public required ScenarioDepth Depth { get; init; }

    /// <summary>The blueprint lanes chosen, or null for the depth's own choice.</summary>
    public IReadOnlyList<Lane>? BlueprintLanes { get; init; }

    /// <summary>The step the group was on.</summary>
    public required string FromStepId { get; init; }

    /// <summary>The step of the new depth it carries on from.</summary>
    public required string ToStepId { get; init; }
}

/// <summary>The current step changed.</summary>
public sealed record StepMoved : GroupEvent
{
    public required string FromStepId { get; init; }

    public required string ToStepId { get; init; }

    public required StepMoveReason Reason { get; init; }
}

/// <summary>The facilitator paused the group.</summary>
public sealed record GroupPaused : GroupEvent;

/// <summary>The facilitator resumed the group.</summary>
public sealed record GroupResumed : GroupEvent;

/// <summary>The group finished the scenario.</summary>
public sealed record GroupFinished : GroupEvent
{
    /// <summary>The step the group was on when it finished.</summary>
    public required string FromStepId { get; init; }
}
