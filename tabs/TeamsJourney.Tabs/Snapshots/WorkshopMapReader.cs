using TeamsJourney.Workshops.Maps;

namespace TeamsJourney.Tabs.Snapshots;

/// <summary>
/// Turns the application layer's map queries into the tab's wire snapshots (the versions and which groups
/// changed are decided there; this only maps).
/// </summary>
public sealed class WorkshopMapReader(WorkshopMaps maps)
{
    /// <summary>The workshop's map, all groups or one; null when the workshop or that group does not exist.</summary>
    public async Task<MapSnapshot?> ReadMapAsync(string workshopId, string? groupId, string viewerId, CancellationToken cancellationToken = default)
    {
        var map = await maps.ReadAsync(workshopId, groupId, cancellationToken);
        if (map is null)
        {
            return null;
        }

        var workshop = map.Workshop;
        return new MapSnapshot(
            workshopId, workshop.Title, workshop.Objectives, workshop.Stakeholders, map.Version, PositionToken.Format(map.Position),
            SnapshotMapper.Lanes, SnapshotMapper.Lines,
            [.. map.Groups.Select(g => SnapshotMapper.Group(g.GroupId, g.GroupName, g.Session, g.Version, viewerId))]);
    }

    /// <summary>Every group changed after <paramref name="after"/> (every group when null), whole, with the position now.</summary>
    public async Task<ChangesSnapshot> ReadChangesAsync(string workshopId, MapPosition? after, string? groupId, string viewerId, CancellationToken cancellationToken = default)
    {
        var changes = await maps.ReadChangesAsync(workshopId, after, groupId, cancellationToken);
        return new ChangesSnapshot(
            changes.Version,
            PositionToken.Format(changes.Position),
            [.. changes.Groups.Select(g => SnapshotMapper.Group(g.GroupId, g.GroupName, g.Session, g.Version, viewerId))]);
    }

    /// <summary>One group's snapshot as stored now, or null when it has not started.</summary>
    public async Task<GroupSnapshot?> ReadGroupAsync(string workshopId, string groupId, string? viewerId, CancellationToken cancellationToken = default) =>
        await maps.ReadGroupAsync(workshopId, groupId, cancellationToken) is { } group
            ? SnapshotMapper.Group(group.GroupId, group.GroupName, group.Session, group.Version, viewerId)
            : null;
}
