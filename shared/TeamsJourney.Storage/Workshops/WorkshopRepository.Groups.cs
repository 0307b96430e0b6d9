using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Storage.Workshops;

public sealed partial class WorkshopRepository
{
    /// <summary>The group's session rebuilt from its stored events, or null when the group has no events yet.</summary>
    public async Task<GroupSession?> LoadGroupAsync(string workshopId, string groupId, CancellationToken cancellationToken = default) =>
        (await ReadGroupAsync(workshopId, groupId, cancellationToken))?.Session;

    /// <summary>The sessions of every started group of the workshop, in the order the groups were added.</summary>
    public async Task<IReadOnlyList<GroupSession>> LoadGroupsAsync(Domain.Workshops.Workshop workshop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var sessions = new List<GroupSession>(workshop.Groups.Count);
        foreach (var group in workshop.Groups)
        {
            if (await LoadGroupAsync(workshop.Id, group.Id, cancellationToken) is { } session)
            {
                sessions.Add(session);
            }
        }

        return sessions;
    }

    /// <summary>
    /// Runs a command against a group: rebuild the session, let the engine decide, append the events
    /// with the version the decision was made on (and the delivery's idempotency key), and decide again
    /// on fresh state when another writer got there first.
    /// </summary>
    /// <param name="workshopId">The workshop.</param>
    /// <param name="groupId">The group.</param>
    /// <param name="scriptIfNew">The scenario to start with when the group has no events (a <see cref="Start"/> command).</param>
    /// <param name="command">What to do.</param>
    /// <param name="context">Who asks, and when.</param>
    /// <param name="idempotencyKey">Identifies the delivery; a redelivery returns <see cref="GroupCommandOutcome.Duplicate"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<GroupCommandResult> ExecuteAsync(
        string workshopId,
        string groupId,
        ScenarioScript? scriptIfNew,
        GroupCommand command,
        CommandContext context,
        string? idempotencyKey,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var streamId = WorkshopStreams.ForGroup(groupId);
        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadGroupAsync(workshopId, groupId, cancellationToken);
            var session = current?.Session
                ?? GroupSession.New(scriptIfNew ?? throw new InvalidOperationException($"Group {groupId} has not started and no scenario was given to start it."));
            var version = current?.Version ?? 0;

            if (idempotencyKey is not null && await Store.HasProcessedAsync(workshopId, idempotencyKey, cancellationToken))
            {
                return new GroupCommandResult(GroupCommandOutcome.Duplicate, session, [], null, 0);
            }

            switch (FacilitationEngine.Decide(session, command, context))
            {
                case Rejected rejected:
                    return new GroupCommandResult(GroupCommandOutcome.Rejected, session, [], rejected.Reason, 0);
                case Accepted { Events.Count: 0 } accepted:
                    return new GroupCommandResult(GroupCommandOutcome.Applied, accepted.Session, [], null, 0);
                case Accepted accepted:
                    var result = await Store.AppendAsync(workshopId, streamId, version, [.. accepted.Events.Select(GroupEventCodec.Encode)], idempotencyKey, cancellationToken);
                    switch (result.Status)
                    {
                        case AppendStatus.Appended:
                            await NotifyAsync(new GroupChange(workshopId, groupId, result.LastSequence, accepted.Events), cancellationToken);
                            return new GroupCommandResult(GroupCommandOutcome.Applied, accepted.Session, accepted.Events, null, result.LastSequence);
                        case AppendStatus.Duplicate:
                            // Another instance applied this very delivery between our check and our write.
                            var latest = await ReadGroupAsync(workshopId, groupId, cancellationToken);
                            return new GroupCommandResult(GroupCommandOutcome.Duplicate, latest?.Session ?? session, [], null, result.LastSequence);
                    }

                    break;
            }

            if (attempt == MaxAttempts)
            {
                throw new ConcurrencyException($"Group {groupId} of workshop {workshopId} kept changing under {MaxAttempts} attempts to apply {command.GetType().Name}.");
            }
        }
    }

    private async Task NotifyAsync(GroupChange change, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            await observer.OnGroupChangedAsync(change, cancellationToken);
        }
    }

    private async Task<(GroupSession Session, long Version)?> ReadGroupAsync(string workshopId, string groupId, CancellationToken cancellationToken)
    {
        var result = await CatchUpAsync<GroupSession>(
            workshopId,
            WorkshopStreams.ForGroup(groupId),
            async stored =>
            {
                var events = stored.Select(GroupEventCodec.Decode).ToList();
                if (events[0] is not GroupStarted started)
                {
                    throw new StoredEventFormatException($"Group {groupId} of workshop {workshopId} does not begin with GroupStarted.");
                }

                var script = await FindScenarioAsync(workshopId, started.ScenarioId, started.ScenarioVersion, cancellationToken)
                    ?? throw new StoredEventFormatException($"Group {groupId} follows scenario '{started.ScenarioId}' version {started.ScenarioVersion}, which this workshop no longer has.");
                return GroupSession.Replay(script, events);
            },
            (session, newer) => session.ApplyAll(newer.Select(GroupEventCodec.Decode)),
            cancellationToken);
        return result is { } found ? (found.State, found.StreamVersion) : null;
    }
}
