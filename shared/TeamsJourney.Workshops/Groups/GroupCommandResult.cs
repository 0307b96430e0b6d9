using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Events;

namespace TeamsJourney.Workshops.Groups;

/// <summary>What became of a command sent to a group.</summary>
public enum GroupCommandOutcome
{
    /// <summary>The engine accepted it and its events are stored.</summary>
    Applied,

    /// <summary>The engine refused it; nothing was stored. <see cref="GroupCommandResult.RejectionReason"/> says why.</summary>
    Rejected,

    /// <summary>The same delivery was already applied earlier; nothing new was stored.</summary>
    Duplicate,

    /// <summary>
    /// The command was meant for a state the group has left (a press on an outdated card); nothing was stored.
    /// <see cref="GroupCommandResult.RejectionReason"/> says why.
    /// </summary>
    Outdated,
}

/// <summary>
/// The outcome of a group command and the group as it stands afterwards, at <paramref name="StreamVersion"/>: the
/// version of the group's own stream (each stored change of the group raises it; other groups never do).
/// </summary>
public sealed record GroupCommandResult(
    GroupCommandOutcome Outcome,
    GroupSession Session,
    IReadOnlyList<GroupEvent> Events,
    string? RejectionReason,
    long StreamVersion)
{
    /// <summary>True when the command changed the stored group.</summary>
    public bool Changed => Outcome == GroupCommandOutcome.Applied && Events.Count > 0;
}
