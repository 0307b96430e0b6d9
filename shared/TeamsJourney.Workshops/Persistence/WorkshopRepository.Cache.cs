using TeamsJourney.Workshops.Concurrency;
using System.Collections.Concurrent;
using TeamsJourney.Storage;
using TeamsJourney.Domain.Facilitation;

namespace TeamsJourney.Workshops.Persistence;

internal sealed partial class WorkshopRepository
{
    /// <summary>The default of <see cref="Hosting.WorkshopsOptions.CachedStreams"/>: 3,000 people in groups of five are 600 groups in 60 workshops.</summary>
    public const int DefaultMaxCachedEntries = 4_096;

    private readonly ConcurrentDictionary<(string WorkshopId, string StreamId), CachedStream> _cache = new();
    private readonly SharedReads<(string WorkshopId, string StreamId)> _sharedCatchUps = new();

    /// <summary>
    /// The state folded from one stream up to <see cref="StreamVersion"/>. Catching up reads only that stream's newer
    /// events (a key-range read on both backends), so a write never replays the group's whole history, never reads
    /// other groups' events, and another instance's writes are still seen.
    /// </summary>
    private sealed record CachedStream(object State, long StreamVersion, long Touched, long CaughtUpAtMilliseconds);

    // A monotonic clock for how recent a read is (not the TimeProvider: a test's fake clock that stands still must not
    // make a cached read look recent forever).
    private static long NowMilliseconds => Environment.TickCount64;

    private long _touches;

    /// <summary>
    /// Brings a cached fold up to date with the store, or builds it from the whole stream the first time.
    /// <paramref name="fold"/> applies stored events (oldest first) to a state; <paramref name="start"/> builds
    /// the first state from the whole stream (null when the stream is empty).
    /// </summary>
    private async Task<(T State, long StreamVersion)?> CatchUpAsync<T>(
        string workshopId,
        string streamId,
        Func<IReadOnlyList<StoredEvent>, Task<T?>> start,
        Func<T, IReadOnlyList<StoredEvent>, T> fold,
        CancellationToken cancellationToken,
        bool recentIsEnough = false)
        where T : class
    {
        var key = (workshopId, streamId);
        if (_cache.TryGetValue(key, out var cached) && cached.State is T state)
        {
            // A read that only routes or shows (never one a write decides on) may use what this instance read or wrote
            // within the last moment: its own writes are in the cache at once, another instance's within that moment.
            if (recentIsEnough && NowMilliseconds - cached.CaughtUpAtMilliseconds < _recentReadMilliseconds)
            {
                return (state, cached.StreamVersion);
            }

            if (recentIsEnough)
            {
                // Too old for a routing read: every turn of the workshop finds that at the same moment, so they share
                // one catch-up (any catch-up under way started within the moment such a read may lag anyway).
                return await _sharedCatchUps.ReadAsync(
                    key, () => CatchUpAsync(workshopId, streamId, start, fold, CancellationToken.None), cancellationToken);
            }

            var readAt = NowMilliseconds;
            var newer = await _store.ReadStreamAsync(workshopId, streamId, cached.StreamVersion, cancellationToken);
            var caughtUp = newer.Count == 0 ? state : fold(state, newer);
            var entry = new CachedStream(caughtUp, newer.Count == 0 ? cached.StreamVersion : newer[^1].StreamVersion, Interlocked.Increment(ref _touches), readAt);
            Remember(key, entry);
            return (caughtUp, entry.StreamVersion);
        }

        var firstReadAt = NowMilliseconds;
        var stored = await _store.ReadStreamAsync(workshopId, streamId, 0, cancellationToken);
        if (stored.Count == 0 || await start(stored) is not { } first)
        {
            return null;
        }

        Remember(key, new CachedStream(first, stored[^1].StreamVersion, Interlocked.Increment(ref _touches), firstReadAt));
        return (first, stored[^1].StreamVersion);
    }

    /// <summary>The state this instance holds of the stream, without asking the store (a write then checks the version).</summary>
    private (T State, long StreamVersion)? Cached<T>(string workshopId, string streamId)
        where T : class =>
        _cache.TryGetValue((workshopId, streamId), out var cached) && cached.State is T state ? (state, cached.StreamVersion) : null;

    /// <summary>
    /// Keeps the state this instance just stored at <paramref name="streamVersion"/>: the append succeeded on the
    /// version before it, so at that moment this was the stream's newest state and the next read need not fold it again.
    /// </summary>
    private void RememberWritten<T>(string workshopId, string streamId, T state, long streamVersion, long writtenAtMilliseconds)
        where T : class =>
        Remember((workshopId, streamId), new CachedStream(state, streamVersion, Interlocked.Increment(ref _touches), writtenAtMilliseconds));

    /// <summary>
    /// The version of every group stream of the workshop (one read of the stream heads): the position a map reader
    /// is at. There is no workshop-wide sequence: keeping one would make every group's writes meet on one row.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> GroupVersionsAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        var streams = await _store.ReadStreamVersionsAsync(workshopId, cancellationToken);
        var groups = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (streamId, version) in streams)
        {
            if (WorkshopStreams.GroupIdOf(streamId) is { } groupId)
            {
                groups[groupId] = version;
            }
        }

        return groups;
    }

    // Concurrent readers may race; the entry that has seen more of the stream wins.
    private void Remember((string, string) key, CachedStream entry)
    {
        _cache.AddOrUpdate(key, entry, (_, existing) => existing.StreamVersion > entry.StreamVersion ? existing : entry);
        if (_cache.Count > _maxCachedEntries)
        {
            // A snapshot of the entries: other requests add and remove while this one sorts.
            var entries = _cache.ToArray();
            foreach (var stale in entries.OrderBy(e => e.Value.Touched).Take(entries.Length - (_maxCachedEntries / 2)))
            {
                _cache.TryRemove(stale.Key, out _);
            }
        }
    }

    /// <summary>Forgets what this instance cached of the workshop (it was deleted, here or on another instance).</summary>
    private void Forget(string workshopId)
    {
        foreach (var key in _cache.Keys.Where(k => k.WorkshopId == workshopId).ToList())
        {
            _cache.TryRemove(key, out _);
        }

        ForgetBindings(workshopId);
    }

    // The store's outcomes translated as everywhere (OptimisticRetry); a workshop another instance deleted while this
    // one still had it cached is forgotten here, so the next request sees it gone instead of failing again.
    private async Task<T> ForgettingDeletedAsync<T>(string what, Func<CancellationToken, Task<T?>> attempt, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await OptimisticRetry.RunAsync(what, attempt, cancellationToken);
        }
        catch (WorkshopDeletedException ex)
        {
            Forget(ex.WorkshopId);
            throw;
        }
    }

    private async Task<T> TranslateForgettingDeletedAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await OptimisticRetry.TranslateAsync(call);
        }
        catch (WorkshopDeletedException ex)
        {
            Forget(ex.WorkshopId);
            throw;
        }
    }
}
