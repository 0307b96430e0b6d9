using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Events;

namespace TeamsJourney.Workshops.Changes;

/// <summary>
/// Told after a group's events are stored, whoever stored them (the bot or the tab), so live views
/// can follow. Called once per successful write, after the write and still inside the group's write turn,
/// so one instance reports a group's changes in the order they were stored; a failing observer does not undo it.
/// </summary>
public interface IWorkshopChangeObserver
{
    /// <summary>Handles one stored change.</summary>
    Task OnGroupChangedAsync(GroupChange change, CancellationToken cancellationToken = default);
}

/// <summary>
/// Events just stored for one group: the group's own stream version before and after the write
/// (<see cref="FromVersion"/> is 0 when the write started the group; <see cref="ToVersion"/> is the group's version
/// now, the only version there is: a workshop has no workshop-wide sequence), and the group as it stood on both sides
/// (<see cref="Before"/> null when it had not started), so a live view can send just what changed and a client can
/// tell whether it missed anything.
/// </summary>
public sealed record GroupChange(
    string WorkshopId,
    string GroupId,
    IReadOnlyList<GroupEvent> Events,
    long FromVersion,
    long ToVersion,
    GroupSession? Before,
    GroupSession After);
