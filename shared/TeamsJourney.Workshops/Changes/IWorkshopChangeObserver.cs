using TeamsJourney.Domain.Facilitation.Events;

namespace TeamsJourney.Workshops.Changes;

/// <summary>
/// Told after a group's events are stored, whoever stored them (the bot or the tab), so live views
/// can follow. Called once per successful write, after the write; a failing observer does not undo it.
/// </summary>
public interface IWorkshopChangeObserver
{
    /// <summary>Handles one stored change.</summary>
    Task OnGroupChangedAsync(GroupChange change, CancellationToken cancellationToken = default);
}

/// <summary>Events just stored for one group, and the group's version after them (its own stream's version).</summary>
public sealed record GroupChange(string WorkshopId, string GroupId, long StreamVersion, IReadOnlyList<GroupEvent> Events);
