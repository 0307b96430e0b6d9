using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Tabs.Snapshots;

/// <summary>
/// Builds the tab's snapshots from the domain: group sessions replayed from the workshop's events in
/// one read, so a snapshot and its version always belong together.
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

        var events = await repository.Store.ReadWorkshopAsync(workshopId, 0, cancellationToken);
        var version = events.Count == 0 ? 0 : events[^1].Sequence;
        var groups = await ReplayGroupsAsync(workshopId, events, stored, viewerId, cancellationToken);
        if (groupId is not null)
        {
            groups = [.. groups.Where(g => g.GroupId == groupId)];
            if (groups.Count == 0)
            {
                return null;
            }
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

    private async Task<List<GroupSnapshot>> ReplayGroupsAsync(
        string workshopId, IReadOnlyList<StoredEvent> events, StoredWorkshop stored, string viewerId, CancellationToken cancellationToken)
    {
        var byGroup = events
            .Where(e => e.StreamId.StartsWith(GroupStreamPrefix, StringComparison.Ordinal))
            .GroupBy(e => e.StreamId[GroupStreamPrefix.Length..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(GroupEventCodec.Decode).ToList(), StringComparer.Ordinal);

        // The workshop's own group order first; a stream without a listed group still shows.
        var order = stored.Workshop.Groups.Select(g => g.Id).Concat(byGroup.Keys).Distinct(StringComparer.Ordinal);
        var snapshots = new List<GroupSnapshot>();
        foreach (var id in order)
        {
            var listed = stored.Workshop.FindGroup(id);
            var session = byGroup.TryGetValue(id, out var groupEvents)
                ? await ReplayAsync(workshopId, id, groupEvents, cancellationToken)
                : listed is null ? null : await NotStartedAsync(workshopId, listed.ScenarioId, cancellationToken);
            if (session is not null)
            {
                snapshots.Add(SnapshotMapper.Group(id, listed?.Name, session, viewerId));
            }
        }

        return snapshots;
    }

    private async Task<GroupSession> ReplayAsync(string workshopId, string groupId, List<GroupEvent> events, CancellationToken cancellationToken)
    {
        var started = events[0] as GroupStarted
            ?? throw new StoredEventFormatException($"Group {groupId} of workshop {workshopId} does not begin with GroupStarted.");
        var script = await repository.FindScenarioAsync(workshopId, started.ScenarioId, started.ScenarioVersion, cancellationToken)
            ?? throw new StoredEventFormatException($"Group {groupId} follows scenario '{started.ScenarioId}' version {started.ScenarioVersion}, which this workshop no longer has.");
        return GroupSession.Replay(script, events);
    }

    private async Task<GroupSession?> NotStartedAsync(string workshopId, string scenarioId, CancellationToken cancellationToken) =>
        await repository.FindScenarioAsync(workshopId, scenarioId, null, cancellationToken) is { } script ? GroupSession.New(script) : null;
}
