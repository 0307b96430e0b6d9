using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Changes;
using TeamsJourney.Workshops.Concurrency;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Workshops.Persistence;

internal sealed partial class WorkshopRepository
{
    /// <summary>The group's session rebuilt from its stored events, or null when the group has no events yet.</summary>
    public async Task<GroupSession?> LoadGroupAsync(string workshopId, string groupId, CancellationToken cancellationToken = default) =>
        (await ReadGroupAsync(workshopId, groupId, cancellationToken))?.Session;

    /// <summary>
    /// The group's session as this instance read or wrote it within the last moment (see
    /// <see cref="Hosting.WorkshopsOptions.RecentReadMilliseconds"/>): for showing many groups at once (the live
    /// progress card), never for a decision a write depends on.
    /// </summary>
    public async Task<GroupSession?> LoadRecentGroupAsync(string workshopId, string groupId, CancellationToken cancellationToken = default) =>
        (await ReadGroupAsync(workshopId, groupId, cancellationToken, recentIsEnough: true))?.Session;

    /// <summary>The group's session and the stream version it is folded up to (null when the group has no events yet).</summary>
    public Task<(GroupSession Session, long Version)?> LoadGroupWithVersionAsync(string workshopId, string groupId, CancellationToken cancellationToken = default) =>
        ReadGroupAsync(workshopId, groupId, cancellationToken);

    /// <summary>The sessions of every started group of the workshop, in the order the groups were added.</summary>
    public async Task<IReadOnlyList<GroupSession>> LoadGroupsAsync(Workshop workshop, CancellationToken cancellationToken = default)
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

    /// <summary>True when a write with <paramref name="idempotencyKey"/> was already stored in the workshop.</summary>
    public Task<bool> HasProcessedAsync(string workshopId, string idempotencyKey, CancellationToken cancellationToken = default) =>
        _store.HasProcessedAsync(workshopId, idempotencyKey, cancellationToken);

    /// <summary>
    /// Runs a command against a group: rebuild the session, let the engine decide, append the events with the
    /// version the decision was made on (and the delivery's idempotency key), and decide again on fresh state
    /// when another writer got there first. <paramref name="precondition"/> is checked on that same state every
    /// time (for example "the card was for the current step"), so a retry never applies a command the
    /// precondition would now refuse; a refusal is <see cref="GroupCommandOutcome.Outdated"/>.
    /// </summary>
    /// <param name="workshopId">The workshop.</param>
    /// <param name="groupId">The group.</param>
    /// <param name="scriptIfNew">The scenario to start with when the group has no events (a <see cref="Start"/> command).</param>
    /// <param name="command">What to do.</param>
    /// <param name="context">Who asks, and when.</param>
    /// <param name="idempotencyKey">Identifies the delivery; a redelivery returns <see cref="GroupCommandOutcome.Duplicate"/>.</param>
    /// <param name="precondition">Returns why the command no longer fits the group as it stands, or null when it does.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public Task<GroupCommandResult> ExecuteAsync(
        string workshopId,
        string groupId,
        ScenarioScript? scriptIfNew,
        GroupCommand command,
        CommandContext context,
        string? idempotencyKey,
        Func<GroupSession, string?>? precondition = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ExecuteDecidedAsync(
            workshopId,
            groupId,
            scriptIfNew,
            (session, _) => Task.FromResult(precondition?.Invoke(session) is { } outdated ? GroupDecision.Outdated(outdated) : GroupDecision.Run(command)),
            context,
            idempotencyKey,
            command.GetType().Name,
            cancellationToken);
    }

    /// <summary>
    /// Like <see cref="ExecuteAsync"/>, but the command itself is chosen by <paramref name="decide"/> on the group as
    /// it stands at the moment of writing (inside the stream's turn, and again after every lost race). A co-editor's
    /// edit is decided this way per item: only a change to the same item can make it lose, never one to another item.
    /// </summary>
    public async Task<GroupCommandResult> ExecuteDecidedAsync(
        string workshopId,
        string groupId,
        ScenarioScript? scriptIfNew,
        Func<GroupSession, CancellationToken, Task<GroupDecision>> decide,
        CommandContext context,
        string? idempotencyKey,
        string what,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentNullException.ThrowIfNull(context);
        var streamId = WorkshopStreams.ForGroup(groupId);
        using var turn = await _streamGates.EnterAsync(workshopId, streamId, cancellationToken);

        // The first attempt decides on the state this instance holds, without reading the store: writers of one group
        // take turns in this instance (the gate above), so that state is current unless another instance wrote, and
        // then the append, made on the version decided on, is refused and the next attempt reads. An outcome that
        // writes nothing has no append to check it, so it is confirmed on the stored state before it is answered.
        var readFirst = false;
        return await ForgettingDeletedAsync<GroupCommandResult>($"{what} on group {groupId} of workshop {workshopId}", async ct =>
        {
            (GroupSession Session, long Version)? held = readFirst ? null : Cached<GroupSession>(workshopId, streamId);
            var current = held ?? await ReadGroupAsync(workshopId, groupId, ct);
            readFirst = true;
            var before = current?.Session;
            var session = before
                ?? GroupSession.New(scriptIfNew ?? throw new GroupNotStartedException(workshopId, groupId));
            var version = current?.Version ?? 0;

            var decision = await decide(session, ct);
            var outcome = decision.Command is not { } command ? null : FacilitationEngine.Decide(session, command, context);
            if (outcome is not Accepted { Events.Count: > 0 } accepted)
            {
                if (held is not null && ((await ReadGroupAsync(workshopId, groupId, ct))?.Version ?? 0) != version)
                {
                    return null; // Another instance wrote meanwhile: decide again on what it stored.
                }

                // A redelivery of a press that was stored answers as the first delivery did, whatever the group did since.
                if (idempotencyKey is not null && await _store.HasProcessedAsync(workshopId, idempotencyKey, ct))
                {
                    return new GroupCommandResult(GroupCommandOutcome.Duplicate, session, [], null, version);
                }

                return outcome switch
                {
                    null => new GroupCommandResult(GroupCommandOutcome.Outdated, session, [], decision.Refusal, version),
                    Rejected rejected => new GroupCommandResult(GroupCommandOutcome.Rejected, session, [], rejected.Reason, version),
                    Accepted nothingToStore => new GroupCommandResult(GroupCommandOutcome.Applied, nothingToStore.Session, [], null, version),
                    _ => throw new InvalidOperationException($"The engine decided {outcome.GetType().Name}, which this repository does not know."),
                };
            }

            // The store refuses a delivery it has already stored (the idempotency key, checked in the same write).
            var writtenAt = NowMilliseconds;
            var result = await _store.AppendAsync(workshopId, streamId, version, [.. accepted.Events.Select(GroupEventCodec.Encode)], idempotencyKey, ct);
            switch (result.Status)
            {
                case AppendStatus.Appended:
                    RememberWritten(workshopId, streamId, accepted.Session, result.StreamVersion, writtenAt);
                    await NotifyAsync(new GroupChange(workshopId, groupId, accepted.Events, version, result.StreamVersion, before, accepted.Session), ct);
                    return new GroupCommandResult(GroupCommandOutcome.Applied, accepted.Session, accepted.Events, null, result.StreamVersion);
                case AppendStatus.Duplicate:
                    // This very delivery was stored before (a redelivery, or another instance got there first).
                    var latest = await ReadGroupAsync(workshopId, groupId, ct);
                    return new GroupCommandResult(GroupCommandOutcome.Duplicate, latest?.Session ?? session, [], null, latest?.Version ?? result.StreamVersion);
                default:
                    return null; // Another writer stored first: the next attempt reads what it stored and decides again.
            }
        }, cancellationToken);
    }

    /// <summary>Every stored event of one group, oldest first (for item histories).</summary>
    public async Task<IReadOnlyList<GroupEvent>> ReadGroupEventsAsync(string workshopId, string groupId, CancellationToken cancellationToken = default)
    {
        var stored = await _store.ReadStreamAsync(workshopId, WorkshopStreams.ForGroup(groupId), 0, cancellationToken);
        return [.. stored.Select(GroupEventCodec.Decode)];
    }

    private async Task NotifyAsync(GroupChange change, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            await observer.OnGroupChangedAsync(change, cancellationToken);
        }
    }

    private async Task<(GroupSession Session, long Version)?> ReadGroupAsync(string workshopId, string groupId, CancellationToken cancellationToken, bool recentIsEnough = false)
    {
        var result = await CatchUpAsync<GroupSession>(
            workshopId,
            WorkshopStreams.ForGroup(groupId),
            stored => ReplayGroupAsync(workshopId, groupId, stored, cancellationToken),
            (session, newer) => session.ApplyAll(newer.Select(GroupEventCodec.Decode)),
            cancellationToken,
            recentIsEnough);
        return result is { } found ? (found.State, found.StreamVersion) : null;
    }

    private async Task<GroupSession?> ReplayGroupAsync(string workshopId, string groupId, IReadOnlyList<StoredEvent> stored, CancellationToken cancellationToken)
    {
        var events = stored.Select(GroupEventCodec.Decode).ToList();
        if (events[0] is not GroupStarted started)
        {
            throw new StoredEventFormatException($"Group {groupId} of workshop {workshopId} does not begin with GroupStarted.");
        }

        var script = await FindScenarioAsync(workshopId, started.ScenarioId, started.ScenarioVersion, cancellationToken)
            ?? throw new StoredEventFormatException($"Group {groupId} follows scenario '{started.ScenarioId}' version {started.ScenarioVersion}, which this workshop no longer has.");
        return GroupSession.Replay(script, events);
    }
}
