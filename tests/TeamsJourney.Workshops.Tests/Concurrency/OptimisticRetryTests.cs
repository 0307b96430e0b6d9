using TeamsJourney.Storage;
using TeamsJourney.Workshops.Concurrency;

namespace TeamsJourney.Workshops.Tests.Concurrency;

/// <summary>The one concurrency policy: a bounded number of fresh decisions, then one "busy" outcome; store failures translated once.</summary>
public sealed class OptimisticRetryTests
{
    [Fact]
    public async Task A_write_that_loses_every_race_is_tried_the_policy_s_number_of_times_then_ends_busy()
    {
        var attempts = 0;

        var busy = await Assert.ThrowsAsync<WorkshopBusyException>(() => OptimisticRetry.RunAsync<object>(
            "adding a note",
            _ =>
            {
                attempts++;
                return Task.FromResult<object?>(null);
            },
            CancellationToken.None));

        Assert.Equal(OptimisticRetry.MaxAttempts, attempts);
        Assert.Contains("adding a note", busy.Message, StringComparison.Ordinal);
        Assert.Contains("try again", busy.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_write_that_wins_on_a_later_attempt_returns_that_attempt_s_result()
    {
        var attempts = 0;

        var result = await OptimisticRetry.RunAsync(
            "adding a note",
            _ => Task.FromResult(++attempts < 3 ? null : "stored"),
            CancellationToken.None);

        Assert.Equal("stored", result);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_store_that_finds_no_quiet_moment_to_write_is_the_same_busy_outcome()
    {
        var busy = await Assert.ThrowsAsync<WorkshopBusyException>(() =>
            OptimisticRetry.TranslateAsync<bool>(() => throw new StoreContentionException("head row kept changing")));

        Assert.IsType<StoreContentionException>(busy.InnerException);
    }

    [Fact]
    public async Task A_value_too_big_for_the_store_is_reported_with_the_store_s_own_words()
    {
        var tooLarge = await Assert.ThrowsAsync<EntryTooLargeException>(() =>
            OptimisticRetry.TranslateAsync<bool>(() => throw new StorageLimitException("The answer is 40,000 characters; at most 30,000 fit.")));

        Assert.Equal("The answer is 40,000 characters; at most 30,000 fit.", tooLarge.Message);
    }

    [Fact]
    public async Task Cancelling_stops_the_retries()
    {
        using var cancel = new CancellationTokenSource();
        var attempts = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OptimisticRetry.RunAsync<object>(
            "adding a note",
            _ =>
            {
                if (++attempts == 2)
                {
                    cancel.Cancel();
                }

                return Task.FromResult<object?>(null);
            },
            cancel.Token));

        Assert.InRange(attempts, 2, 3);
    }
}
