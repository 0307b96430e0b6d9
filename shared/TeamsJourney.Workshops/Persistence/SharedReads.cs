using System.Collections.Concurrent;

namespace TeamsJourney.Workshops.Persistence;

/// <summary>
/// Concurrent reads of one key share one store read. Only for reads that route or show a turn (never one a write
/// decides on) and find what this instance holds too old: under load every turn of a busy workshop found the held
/// state expired at the same moment and read the store itself, several reads of the same row for one refresh.
/// The shared read runs to its end even if a caller stops waiting (each waits with its own token).
/// </summary>
internal sealed class SharedReads<TKey>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, object> _inFlight = new();

    /// <summary>Joins the read of <paramref name="key"/> under way, or starts <paramref name="read"/>.</summary>
    public Task<T> ReadAsync<T>(TKey key, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        Lazy<Task<T>>? mine = null;
        mine = new Lazy<Task<T>>(() => RunAsync(key, mine!, read));

        // A read of the same key for another result type (never expected) is not joined: this one runs on its own.
        var shared = _inFlight.GetOrAdd(key, mine) as Lazy<Task<T>> ?? mine;
        return shared.Value.WaitAsync(cancellationToken);
    }

    private async Task<T> RunAsync<T>(TKey key, Lazy<Task<T>> self, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        finally
        {
            // Removes exactly this read: the next caller after it starts a fresh one.
            _inFlight.TryRemove(new KeyValuePair<TKey, object>(key, self));
        }
    }
}
