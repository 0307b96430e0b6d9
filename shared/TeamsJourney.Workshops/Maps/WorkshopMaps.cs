using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Maps;

/// <summary>
/// Reads workshop maps for live views: the whole map, one group, or what changed since a position. The position
/// (every group's version, one read of the stream heads) is always read before the groups, so a reader catching up
/// from it may see a change twice, never miss one. Groups come from the repository's catch-up cache, not a replay
/// of every event.
/// </summary>
public sealed class WorkshopMaps
{
    private readonly WorkshopRepository _repository;

    internal WorkshopMaps(WorkshopRepository repository) => _repository = repository;

    /// <summary>The workshop's map, all groups or one; null when the workshop or that group does not exist.</summary>
    public async Task<WorkshopMap?> ReadAsync(string workshopId, string? groupId, CancellationToken cancellationToken = default)
    {
        var stored = await _repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var position = new MapPosition(await _repository.GroupVersionsAsync(workshopId, cancellationToken));
        var groups = new List<GroupMap>();
        foreach (var listed in stored.Workshop.Groups.Where(g => groupId is null || g.Id == groupId))
        {
            // A group listed but not started yet shows its scenario's empty map.
            if (await _repository.LoadGroupWithVersionAsync(workshopId, listed.Id, cancellationToken) is { } started)
            {
                groups.Add(new GroupMap(listed.Id, listed.Name, started.Session, started.Version));
            }
            else if (await _repository.FindScenarioAsync(workshopId, listed.ScenarioId, null, cancellationToken) is { } script)
            {
                groups.Add(new GroupMap(listed.Id, listed.Name, GroupSession.New(script), 0));
            }
        }

        return groupId is not null && groups.Count == 0 ? null : new WorkshopMap(stored.Workshop, position, groups);
    }

    /// <summary>
    /// Every group changed after <paramref name="after"/> (all, or only <paramref name="groupId"/>), whole; every
    /// started group when <paramref name="after"/> is null (a reader that cannot say where it is).
    /// </summary>
    public async Task<MapChanges> ReadChangesAsync(string workshopId, MapPosition? after, string? groupId, CancellationToken cancellationToken = default)
    {
        var latest = new MapPosition(await _repository.GroupVersionsAsync(workshopId, cancellationToken));
        var changed = latest.ChangedSince(after ?? MapPosition.Start);
        var groups = new List<GroupMap>();
        foreach (var id in changed.Where(id => groupId is null || id == groupId))
        {
            if (await ReadGroupAsync(workshopId, id, cancellationToken) is { } group)
            {
                groups.Add(group);
            }
        }

        // The groups were read after the position, so they hold at least everything up to it.
        return new MapChanges(latest, groups);
    }

    /// <summary>One group's map as stored now, or null when it has not started.</summary>
    public async Task<GroupMap?> ReadGroupAsync(string workshopId, string groupId, CancellationToken cancellationToken = default) =>
        await _repository.LoadGroupWithVersionAsync(workshopId, groupId, cancellationToken) is { } started
            ? new GroupMap(groupId, null, started.Session, started.Version)
            : null;

    /// <summary>The sessions of every started group, for documents and exports.</summary>
    internal async Task<IReadOnlyList<GroupSession>> ReadSessionsAsync(Domain.Workshops.Workshop workshop, CancellationToken cancellationToken) =>
        await _repository.LoadGroupsAsync(workshop, cancellationToken);
}
