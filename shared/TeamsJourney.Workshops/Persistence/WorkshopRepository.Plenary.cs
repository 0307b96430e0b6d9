using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Concurrency;

namespace TeamsJourney.Workshops.Persistence;

internal sealed partial class WorkshopRepository
{
    /// <summary>The second half's log (empty before anything happened) and its stream version.</summary>
    public async Task<(PlenaryLog Log, long Version)> ReadPlenaryAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        var found = await CatchUpAsync<PlenaryLog>(
            workshopId,
            WorkshopStreams.Plenary,
            stored => Task.FromResult<PlenaryLog?>(PlenaryLog.Empty.ApplyAll(stored.Select(PlenaryEventCodec.Decode))),
            (log, newer) => log.ApplyAll(newer.Select(PlenaryEventCodec.Decode)),
            cancellationToken);
        return found is { } f ? (f.State, f.StreamVersion) : (PlenaryLog.Empty, 0);
    }

    /// <summary>
    /// Appends the event <paramref name="decide"/> makes from the latest log, deciding again on fresh state when
    /// another writer got there first. <paramref name="decide"/> may throw a domain exception to refuse.
    /// </summary>
    public async Task<PlenaryLog> AppendPlenaryAsync(string workshopId, Func<PlenaryLog, PlenaryEvent> decide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        using var turn = await _streamGates.EnterAsync(workshopId, WorkshopStreams.Plenary, cancellationToken);
        return await ForgettingDeletedAsync<PlenaryLog>($"the second half of workshop {workshopId}", async ct =>
        {
            var (log, version) = await ReadPlenaryAsync(workshopId, ct);
            var next = decide(log);
            var result = await _store.AppendAsync(workshopId, WorkshopStreams.Plenary, version, [PlenaryEventCodec.Encode(next)], null, ct);
            return result.IsAppended ? log.Apply(next) : null;
        }, cancellationToken);
    }

    /// <summary>The log as it stood after its first <paramref name="eventCount"/> events (for a frozen version).</summary>
    public async Task<PlenaryLog> ReadPlenaryUpToAsync(string workshopId, int eventCount, CancellationToken cancellationToken = default)
    {
        var stored = await _store.ReadStreamAsync(workshopId, WorkshopStreams.Plenary, 0, cancellationToken);
        return PlenaryLog.Empty.ApplyAll(stored.Take(eventCount).Select(PlenaryEventCodec.Decode));
    }

    /// <summary>Each started group's session and stream version now.</summary>
    public async Task<IReadOnlyList<(WorkshopGroup Group, GroupSession Session, long Version)>> ReadGroupsWithVersionsAsync(
        Workshop workshop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var groups = new List<(WorkshopGroup, GroupSession, long)>();
        foreach (var group in workshop.Groups)
        {
            if (await ReadGroupAsync(workshop.Id, group.Id, cancellationToken) is { } found)
            {
                groups.Add((group, found.Session, found.Version));
            }
        }

        return groups;
    }

    /// <summary>A group's session as it stood at <paramref name="streamVersion"/>, or null when it had no events then.</summary>
    public async Task<GroupSession?> LoadGroupAtAsync(string workshopId, string groupId, long streamVersion, CancellationToken cancellationToken = default)
    {
        var stored = await _store.ReadStreamAsync(workshopId, WorkshopStreams.ForGroup(groupId), 0, cancellationToken);
        var upTo = stored.Where(e => e.StreamVersion <= streamVersion).ToList();
        return upTo.Count == 0 ? null : await ReplayGroupAsync(workshopId, groupId, upTo, cancellationToken);
    }
}
