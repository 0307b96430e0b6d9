using TeamsJourney.Storage;

namespace TeamsJourney.Workshops.Documents;

/// <summary>
/// Rate limit of document generation per workshop: one generation at a time, and a minimum interval between the
/// starts of two (Documents:MinimumRegenerationSeconds). Held in the store as a lease of the workshop, so it holds
/// across every instance sharing the store; a generation whose instance died frees the workshop when its lease ends.
/// </summary>
public sealed class DocumentGenerationGate
{
    /// <summary>The name of the workshop lease a generation holds.</summary>
    internal const string LeaseName = "document-generation";

    /// <summary>
    /// How long a generation holds its workshop before another may start anyway: far longer than any generation takes
    /// (decks, reports and PDF copies are seconds), short enough that an instance killed mid-job does not block for long.
    /// </summary>
    internal static readonly TimeSpan RunningLease = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan ShortestRunningWait = TimeSpan.FromSeconds(5);

    private readonly IWorkshopStore _store;
    private readonly TimeProvider _time;

    internal DocumentGenerationGate(IWorkshopStore store, TimeProvider time, TimeSpan minimumInterval)
    {
        _store = store;
        _time = time;
        MinimumInterval = minimumInterval;
    }

    /// <summary>Shortest time between the starts of two generations of one workshop.</summary>
    public TimeSpan MinimumInterval { get; }

    /// <summary>Null when a generation of <paramref name="workshopId"/> could start now; otherwise how long to wait.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workshopId);
        var lease = await _store.GetLeaseAsync(workshopId, LeaseName, cancellationToken);
        return lease is null ? null : WaitFor(lease, _time.GetUtcNow());
    }

    /// <summary>Starts a generation, or throws when one runs (on any instance) or the last started too recently.</summary>
    /// <exception cref="DocumentGenerationThrottledException">Not now.</exception>
    internal async Task<IAsyncDisposable> EnterAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workshopId);
        var now = _time.GetUtcNow();
        var holder = Guid.NewGuid().ToString("N");
        var take = await _store.TryTakeLeaseAsync(workshopId, LeaseName, holder, now, now + RunningLease, MinimumInterval, cancellationToken);
        if (!take.Taken)
        {
            throw new DocumentGenerationThrottledException(WaitFor(take.Lease, now) ?? TimeSpan.FromSeconds(1), take.Lease.IsHeldAt(now));
        }

        return new Generation(_store, workshopId, holder);
    }

    private TimeSpan? WaitFor(WorkshopLease lease, DateTimeOffset now)
    {
        if (lease.IsHeldAt(now))
        {
            return MinimumInterval > ShortestRunningWait ? MinimumInterval : ShortestRunningWait;
        }

        var wait = lease.TakenAt + MinimumInterval - now;
        return wait > TimeSpan.Zero ? wait : null;
    }

    private sealed class Generation(IWorkshopStore store, string workshopId, string holder) : IAsyncDisposable
    {
        private int _disposed;

        // Not cancellable: a generation that was cancelled still gives its workshop back.
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                await store.ReleaseLeaseAsync(workshopId, LeaseName, holder, CancellationToken.None);
            }
        }
    }
}
