using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Tabs.Snapshots;

/// <summary>
/// Builds the tab's snapshots from the domain. The version is read before the groups, so every group
/// holds at least everything up to it: a client catching up from that version may see a change twice,
/// never miss one. Groups come from the repository's catch-up cache, not a replay of every event.
/// </summary>
public sealed class WorkshopMapReader(WorkshopRepository repository)
{
    private const string GroupStreamPrefix = "group-";

    /// <summary>The workshop's map, all groups or one; null when the workshop or that group does not exist.</summary>
    public async Task<MapSnapshot?> ReadMapAsync(string workshopId, string? groupId, string viewerId, CancellationToken cancellationToken = default)
    {
        var stored = await repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var version = await repository.LatestSequenceAsync(workshopId, cancellationToken);
        var groups = new List<GroupSnapshot>();
        foreach (var listed in stored.Workshop.Groups.Where(g => groupId is null || g.Id == groupId))
        {
            var session = await repository.LoadGroupAsync(workshopId, listed.Id, cancellationToken)
                ?? await NotStartedAsync(workshopId, listed.ScenarioId, cancellationToken);
            if (session is not null)
            {
                groups.Add(SnapshotMapper.Group(listed.Id, listed.Name, session, viewerId));
            }
        }

        if (groupId is not null && groups.Count == 0)
        {
            return null;
        }

        var workshop = stored.Workshop;
        return new MapSnapshot(workshopId, workshop.Title, workshop.Objectives, workshop.Stakeholders, version, SnapshotMapper.Lanes, SnapshotMapper.Lines, groups);
    }

    /// <summary>Every group changed after <paramref name="afterVersion"/>, whole, with the version now.</summary>
    public async Task<ChangesSnapshot> ReadChangesAsync(string workshopId, long afterVersion, string? groupId, string viewerId, CancellationToken cancellationToken = default)
    {
        var changed = await repository.Store.ReadWorkshopAsync(workshopId, afterVersion, cancellationToken);
        if (changed.Count == 0)
        {
            return new ChangesSnapshot(afterVersion, []);
        }

        var groupIds = changed
            .Where(e => e.StreamId.StartsWith(GroupStreamPrefix, StringComparison.Ordinal))
            .Select(e => e.StreamId[GroupStreamPrefix.Length..])
            .Where(id => groupId is null || id == groupId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var groups = new List<GroupSnapshot>();
        foreach (var id in groupIds)
        {
            if (await ReadGroupAsync(workshopId, id, viewerId, cancellationToken) is { } group)
            {
                groups.Add(group);
            }
        }

        // The groups were read after the change list, so they hold at least everything up to this version.
        return new ChangesSnapshot(changed[^1].Sequence, groups);
    }

    /// <summary>One group's snapshot as stored now, or null when it has not started.</summary>
    public async Task<GroupSnapshot?> ReadGroupAsync(string workshopId, string groupId, string? viewerId, CancellationToken cancellationToken = default)
    {
        var session = await repository.LoadGroupAsync(workshopId, groupId, cancellationToken);
        return session is null ? null : SnapshotMapper.Group(groupId, null, session, viewerId);
    }

    private async Task<GroupSession?> NotStartedAsync(string workshopId, string scenarioId, CancellationToken cancellationToken) =>
        await repository.FindScenarioAsync(workshopId, scenarioId, null, cancellationToken) is { } script ? GroupSession.New(script) : null;
}
