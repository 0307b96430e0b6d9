using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Tests.Persistence;

/// <summary>
/// Routing reads that find held state too old at the same moment share one store read (issue 16: under load every
/// turn of a busy workshop re-read the same binding, workshop and member list at once).
/// </summary>
public sealed class SharedReadsTests
{
    private readonly SharedReads<string> _reads = new();
    private int _started;

    [Fact]
    public async Task Reads_of_one_key_while_one_is_under_way_join_it_and_get_its_result()
    {
        var pending = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = _reads.ReadAsync("conversation-1", () => Start(pending.Task), CancellationToken.None);
        var second = _reads.ReadAsync("conversation-1", () => Start(Task.FromResult("not read")), CancellationToken.None);
        var otherKey = _reads.ReadAsync("conversation-2", () => Start(Task.FromResult("other")), CancellationToken.None);
        pending.SetResult("binding");

        Assert.Equal(("binding", "binding", "other"), (await first, await second, await otherKey));
        Assert.Equal(2, _started);
    }

    [Fact]
    public async Task A_read_after_the_shared_one_ended_asks_again()
    {
        Assert.Equal("old", await _reads.ReadAsync("conversation-1", () => Start(Task.FromResult("old")), CancellationToken.None));

        Assert.Equal("new", await _reads.ReadAsync("conversation-1", () => Start(Task.FromResult("new")), CancellationToken.None));
        Assert.Equal(2, _started);
    }

    [Fact]
    public async Task A_caller_that_stops_waiting_does_not_stop_the_read_for_the_others_and_a_failure_reaches_every_waiter()
    {
        var pending = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var gaveUp = new CancellationTokenSource();
        var leaving = _reads.ReadAsync("conversation-1", () => Start(pending.Task), gaveUp.Token);
        var staying = _reads.ReadAsync("conversation-1", () => Start(Task.FromResult("not read")), CancellationToken.None);

        await gaveUp.CancelAsync();
        pending.SetResult("binding");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.Equal("binding", await staying);

        var failing = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var one = _reads.ReadAsync("conversation-1", () => Start(failing.Task), CancellationToken.None);
        var two = _reads.ReadAsync("conversation-1", () => Start(Task.FromResult("not read")), CancellationToken.None);
        failing.SetException(new InvalidOperationException("store down"));
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => one)).Message);
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => two)).Message);
    }

    private Task<string> Start(Task<string> read)
    {
        Interlocked.Increment(ref _started);
        return read;
    }
}
