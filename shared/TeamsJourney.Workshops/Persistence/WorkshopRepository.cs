using System.Text.Json;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Changes;
using TeamsJourney.Workshops.Concurrency;

namespace TeamsJourney.Workshops.Persistence;

/// <summary>
/// Loads and saves workshops and their groups on an <see cref="IWorkshopStore"/>: the domain's aggregates in,
/// stored envelopes out. Every write is optimistic and goes through <see cref="OptimisticRetry"/>, so a concurrent
/// writer never loses an update and a lost race ends in one outcome. Only the use cases of this project use it.
/// </summary>
internal sealed partial class WorkshopRepository(
    IWorkshopStore store,
    IEnumerable<IWorkshopChangeObserver>? observers = null,
    int maxCachedEntries = WorkshopRepository.DefaultMaxCachedEntries,
    int recentReadMilliseconds = WorkshopRepository.DefaultRecentReadMilliseconds)
{
    /// <summary>The default of <see cref="Hosting.WorkshopsOptions.RecentReadMilliseconds"/>.</summary>
    public const int DefaultRecentReadMilliseconds = 1_000;

    private readonly long _recentReadMilliseconds = recentReadMilliseconds >= 0 ? recentReadMilliseconds : throw new ArgumentOutOfRangeException(nameof(recentReadMilliseconds), "Zero or more.");
    private readonly int _maxCachedEntries = maxCachedEntries > 1 ? maxCachedEntries : throw new ArgumentOutOfRangeException(nameof(maxCachedEntries), "Keep at least two entries.");
    private readonly IWorkshopStore _store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly IReadOnlyList<IWorkshopChangeObserver> _observers = [.. observers ?? []];
    private readonly StreamWriteGates _streamGates = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<WorkshopSnapshot, Workshop> _sharedViews = [];

    /// <summary>
    /// Stores a new workshop; false when one with that id already stands. The header and the first snapshot are
    /// one atomic write, so a crash cannot leave a workshop half made. A workshop half made by an older version
    /// (a header without a snapshot) heals here: its first snapshot is written at version 0, which only one
    /// of several racing starts can win.
    /// </summary>
    public async Task<bool> CreateWorkshopAsync(Workshop workshop, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var header = new WorkshopHeader(workshop.Id, workshop.Location.TenantId, workshop.Location.TeamId, workshop.Location.ChannelId, workshop.Title, now);
        var created = await TranslateForgettingDeletedAsync(() => _store.TryCreateWorkshopAsync(header, WorkshopStreams.Workshop, [SnapshotEvent(workshop, now)], cancellationToken));
        if (!created)
        {
            var healed = await TranslateForgettingDeletedAsync(() => _store.AppendAsync(workshop.Id, WorkshopStreams.Workshop, 0, [SnapshotEvent(workshop, now)], null, cancellationToken));
            created = healed.IsAppended;
        }

        // The time box's due time lives outside the workshop's partition (one query finds every due workshop), so it
        // follows the atomic creation; a crash in between leaves a workshop without a running timer, which the
        // facilitator's next action schedules again.
        if (created && workshop.NextDueAt is { } due)
        {
            await TranslateForgettingDeletedAsync(async () =>
            {
                await _store.SaveDueAtAsync(workshop.Id, due, cancellationToken);
                return true;
            });
        }

        return created;
    }

    /// <summary>The workshop with that id, or null.</summary>
    public Task<StoredWorkshop?> LoadWorkshopAsync(string workshopId, CancellationToken cancellationToken = default) =>
        LoadWorkshopAsync(workshopId, recentIsEnough: false, cancellationToken);

    /// <summary>
    /// The workshop with that id as this instance read or wrote it within the last moment (see
    /// <see cref="Hosting.WorkshopsOptions.RecentReadMilliseconds"/>), for finding where a turn belongs and showing
    /// it; never for a decision a write depends on (those read the store, or check the version they wrote on).
    /// The workshop is a frozen view shared with other readers (<see cref="Workshop.Freeze"/>).
    /// </summary>
    public Task<StoredWorkshop?> LoadRecentWorkshopAsync(string workshopId, CancellationToken cancellationToken = default) =>
        LoadWorkshopAsync(workshopId, recentIsEnough: true, cancellationToken);

    private async Task<StoredWorkshop?> LoadWorkshopAsync(string workshopId, bool recentIsEnough, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workshopId);
        // A deletion forgets the workshop's cache entries (DeleteWorkshopAsync), so one still cached needs no
        // existence check: that saves a point read on every bot turn and tab request. Another instance's deletion
        // is noticed when a write finds the workshop gone (WorkshopNotFoundException) or the entry ages out.
        if (!_cache.ContainsKey((workshopId, WorkshopStreams.Workshop)) && await _store.GetWorkshopAsync(workshopId, cancellationToken) is null)
        {
            return null;
        }

        // The snapshot (not the aggregate) is cached: every caller gets its own Workshop to change.
        var latest = await CatchUpAsync<WorkshopSnapshot>(
            workshopId,
            WorkshopStreams.Workshop,
            stored => Task.FromResult<WorkshopSnapshot?>(ReadSnapshot(workshopId, stored[^1])),
            (_, newer) => ReadSnapshot(workshopId, newer[^1]),
            cancellationToken,
            recentIsEnough);
        return latest is not { } found ? null
            : recentIsEnough ? new StoredWorkshop(SharedView(workshopId, found.State), found.StreamVersion)
            : new StoredWorkshop(found.State.ToWorkshop(workshopId), found.StreamVersion);
    }

    // Readers of the recent workshop (routing a turn, showing progress) share one frozen Workshop per snapshot held:
    // they never change it (a change throws), and a new snapshot gets its own view.
    private Workshop SharedView(string workshopId, WorkshopSnapshot snapshot)
    {
        if (_sharedViews.TryGetValue(snapshot, out var view))
        {
            return view;
        }

        view = snapshot.ToWorkshop(workshopId);
        view.Freeze();
        return _sharedViews.GetValue(snapshot, _ => view);
    }

    /// <summary>True when a workshop with that id stands (its header and its first snapshot are stored).</summary>
    public async Task<bool> ExistsAsync(string workshopId, CancellationToken cancellationToken = default) =>
        _cache.ContainsKey((workshopId, WorkshopStreams.Workshop)) || await LoadWorkshopAsync(workshopId, cancellationToken) is not null;

    private static WorkshopSnapshot ReadSnapshot(string workshopId, StoredEvent latest) =>
        JsonSerializer.Deserialize(latest.Data, StoredSnapshotJsonContext.Default.WorkshopSnapshot)
            ?? throw new StoredEventFormatException($"Workshop {workshopId} has an empty snapshot at version {latest.StreamVersion}.");

    /// <summary>
    /// Applies <paramref name="change"/> to the latest workshop and saves it, reloading and reapplying
    /// when another writer saved first. The change may throw a domain exception to refuse. When the change moves the
    /// workshop's next due time (a time box), the schedule is saved too, so a timer finds it after a restart.
    /// </summary>
    public async Task<StoredWorkshop> UpdateWorkshopAsync(string workshopId, Action<Workshop> change, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var turn = await _streamGates.EnterAsync(workshopId, WorkshopStreams.Workshop, cancellationToken);
        return await ForgettingDeletedAsync<StoredWorkshop>($"updating workshop {workshopId}", async ct =>
        {
            var stored = await LoadWorkshopAsync(workshopId, ct) ?? throw WorkshopNotFoundException.For(workshopId);
            var dueBefore = stored.Workshop.NextDueAt;
            change(stored.Workshop);
            var snapshot = WorkshopSnapshot.Of(stored.Workshop);
            var writtenAt = NowMilliseconds;
            var result = await _store.AppendAsync(workshopId, WorkshopStreams.Workshop, stored.Version, [SnapshotEvent(snapshot, now)], null, ct);
            if (!result.IsAppended)
            {
                return null;
            }

            RememberWritten(workshopId, WorkshopStreams.Workshop, snapshot, result.StreamVersion, writtenAt);

            if (stored.Workshop.NextDueAt != dueBefore)
            {
                await _store.SaveDueAtAsync(workshopId, stored.Workshop.NextDueAt, ct);
            }

            return stored with { Version = result.StreamVersion };
        }, cancellationToken);
    }

    /// <summary>The workshops whose time box needs a timer at or before <paramref name="dueBy"/>.</summary>
    public Task<IReadOnlyList<string>> ListDueWorkshopsAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default) =>
        _store.ListDueAsync(dueBy, cancellationToken);

    /// <summary>Saves the workshop's next due time as it stands (repairs a schedule row lost between two writes).</summary>
    public Task SaveDueAtAsync(Workshop workshop, CancellationToken cancellationToken = default) =>
        TranslateForgettingDeletedAsync(async () =>
        {
            await _store.SaveDueAtAsync(workshop.Id, workshop.NextDueAt, cancellationToken);
            return true;
        });

    private static NewEvent SnapshotEvent(Workshop workshop, DateTimeOffset now) => SnapshotEvent(WorkshopSnapshot.Of(workshop), now);

    private static NewEvent SnapshotEvent(WorkshopSnapshot snapshot, DateTimeOffset now) =>
        new(WorkshopSnapshot.EventType, JsonSerializer.Serialize(snapshot, StoredSnapshotJsonContext.Default.WorkshopSnapshot), null, now);
}
