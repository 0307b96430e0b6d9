namespace TeamsJourney.Workshops.Documents;

/// <summary>
/// Rate limit of document generation per workshop: one generation at a time, and a minimum interval between the
/// starts of two (Documents:MinimumRegenerationSeconds). Per instance: behind a load balancer each instance keeps
/// its own gate, which still bounds the work to one generation per instance.
/// </summary>
public sealed class DocumentGenerationGate
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (bool Running, DateTimeOffset LastStart)> _workshops = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    internal DocumentGenerationGate(TimeProvider time, TimeSpan minimumInterval)
    {
        _time = time;
        MinimumInterval = minimumInterval;
    }

    /// <summary>Shortest time between the starts of two generations of one workshop.</summary>
    public TimeSpan MinimumInterval { get; }

    /// <summary>Null when a generation of <paramref name="workshopId"/> could start now; otherwise how long to wait.</summary>
    public TimeSpan? RetryAfter(string workshopId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workshopId);
        lock (_lock)
        {
            return WaitFor(workshopId, _time.GetUtcNow());
        }
    }

    /// <summary>Starts a generation, or throws when one runs or the last started too recently.</summary>
    /// <exception cref="DocumentGenerationThrottledException">Not now.</exception>
    internal IDisposable Enter(string workshopId)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (WaitFor(workshopId, now) is { } wait)
            {
                throw new DocumentGenerationThrottledException(wait, _workshops[workshopId].Running);
            }

            _workshops[workshopId] = (true, now);
            return new Lease(this, workshopId);
        }
    }

    private TimeSpan? WaitFor(string workshopId, DateTimeOffset now)
    {
        if (!_workshops.TryGetValue(workshopId, out var state))
        {
            return null;
        }

        if (state.Running)
        {
            return MinimumInterval > TimeSpan.FromSeconds(5) ? MinimumInterval : TimeSpan.FromSeconds(5);
        }

        var wait = state.LastStart + MinimumInterval - now;
        return wait > TimeSpan.Zero ? wait : null;
    }

    private void Leave(string workshopId)
    {
        lock (_lock)
        {
            _workshops[workshopId] = (false, _workshops[workshopId].LastStart);
        }
    }

    private sealed class Lease(DocumentGenerationGate gate, string workshopId) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Leave(workshopId);
            }
        }
    }
}
