using TeamsJourney.Storage;

namespace TeamsJourney.Workshops.Concurrency;

/// <summary>
/// The one concurrency policy of the application layer. Every write decides on the state it read and stores
/// with that version; when another writer stored first, the attempt reports "lost" and the decision is made
/// again on fresh state, after a short jittered pause that grows with each loss so writers spread out. After
/// <see cref="MaxAttempts"/> losses the outcome is <see cref="WorkshopBusyException"/>. Store failures that mean
/// the same thing (contention) or that a person can act on (too big) are translated here, once.
/// </summary>
internal static class OptimisticRetry
{
    /// <summary>Attempts before giving up with <see cref="WorkshopBusyException"/>.</summary>
    public const int MaxAttempts = 10;

    /// <summary>
    /// Runs <paramref name="attempt"/> until it returns a result (not null). <paramref name="what"/> completes the
    /// sentence "… kept changing under N attempts to …" for the busy message.
    /// </summary>
    public static async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T?>> attempt, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(attempt);
        for (var number = 1; number <= MaxAttempts; number++)
        {
            if (await TranslateAsync(() => attempt(cancellationToken)) is { } done)
            {
                return done;
            }

            if (number < MaxAttempts)
            {
                await Task.Delay(Backoff(number), cancellationToken);
            }
        }

        throw new WorkshopBusyException($"Too many changes at once: {what} kept losing to other writers ({MaxAttempts} attempts). Nothing was changed; try again.");
    }

    /// <summary>Runs one store call, turning the store's own failures into the layer's outcomes.</summary>
    public static async Task<T> TranslateAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (StoreContentionException ex)
        {
            throw new WorkshopBusyException("Too many changes at once; nothing was changed. Try again.", ex);
        }
        catch (StorageLimitException ex)
        {
            throw new EntryTooLargeException(ex.Message, ex);
        }
        catch (WorkshopNotFoundException ex)
        {
            throw new WorkshopDeletedException(ex.WorkshopId, ex);
        }
    }

    // The first retry goes straight away (the usual loser of a two-writer race); later ones back off with jitter.
    private static TimeSpan Backoff(int lostAttempts) =>
        lostAttempts == 1 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Random.Shared.Next(1, Math.Min(5 * lostAttempts * lostAttempts, 100)));
}
