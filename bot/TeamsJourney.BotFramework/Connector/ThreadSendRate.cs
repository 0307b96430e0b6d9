namespace TeamsJourney.BotFramework.Connector;

/// <summary>
/// The send times reserved for one thread, kept so that no window of <c>Window</c> ever holds more than <c>Count</c>
/// sends. A reservation is the earliest moment every limit allows; the caller waits until then. Not thread-safe:
/// the outbox holds its lock around every call.
/// </summary>
internal sealed class ThreadSendRate
{
    private readonly (int Count, TimeSpan Window)[] _limits;
    private readonly TimeSpan _longestWindow;
    private readonly List<DateTimeOffset> _slots = [];
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    public ThreadSendRate(params (int Count, TimeSpan Window)[] limits)
    {
        if (limits.Length == 0 || limits.Any(l => l.Count < 1 || l.Window <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every send limit needs a positive count and window.", nameof(limits));
        }

        _limits = limits;
        _longestWindow = limits.Max(l => l.Window);
    }

    /// <summary>The last reserved send time, to tell an idle thread from a busy one.</summary>
    public DateTimeOffset LastSlot => _slots.Count == 0 ? DateTimeOffset.MinValue : _slots[^1];

    /// <summary>Reserves the earliest send time at or after <paramref name="now"/> that keeps every limit.</summary>
    public DateTimeOffset Reserve(DateTimeOffset now)
    {
        Forget(now);
        var at = Max(now, _blockedUntil);
        if (_slots.Count > 0)
        {
            // Slots stay in order, so each limit only has to look at the Count-th newest one.
            at = Max(at, _slots[^1]);
        }

        foreach (var (count, window) in _limits)
        {
            if (_slots.Count >= count)
            {
                at = Max(at, _slots[^count] + window);
            }
        }

        _slots.Add(at);
        return at;
    }

    /// <summary>The Connector throttled this thread: nothing more goes out before <paramref name="until"/>.</summary>
    public void Block(DateTimeOffset until) => _blockedUntil = Max(_blockedUntil, until);

    // Sends older than the longest window can no longer limit a send at or after now.
    private void Forget(DateTimeOffset now)
    {
        var stale = 0;
        while (stale < _slots.Count && _slots[stale] <= now - _longestWindow)
        {
            stale++;
        }

        _slots.RemoveRange(0, stale);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
