using Microsoft.Extensions.Options;
using TeamsJourney.BotFramework.Hosting;

namespace TeamsJourney.BotFramework.Tests.Hosting;

/// <summary>
/// The gate lets a bounded number of turns run at once, lets the others in as places free up (in arrival order), and
/// never lets one conversation take every place.
/// </summary>
public sealed class TurnGateTests
{
    private static TurnGate AGate(int inProgress, int perConversation) =>
        new(Options.Create(new TurnGateOptions { MaxInProgress = inProgress, MaxInProgressPerConversation = perConversation }));

    [Fact]
    public async Task At_most_the_limit_run_at_once_and_every_waiting_turn_gets_in_as_places_free_up()
    {
        using var gate = AGate(inProgress: 3, perConversation: 100);
        var running = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            using (await gate.EnterAsync($"19:thread-{i % 7}", CancellationToken.None))
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                await Task.Delay(5);
                Interlocked.Decrement(ref running);
            }
        })));

        Assert.Equal(3, most);
        Assert.Equal(0, running);
    }

    [Fact]
    public async Task One_busy_conversation_holds_only_its_share_and_another_conversation_gets_in_at_once()
    {
        using var gate = AGate(inProgress: 4, perConversation: 2);
        var flood = new List<TurnGate.Place>
        {
            await gate.EnterAsync("19:flood", CancellationToken.None),
            await gate.EnterAsync("19:flood", CancellationToken.None),
        };
        var third = gate.EnterAsync("19:flood", CancellationToken.None);

        var other = gate.EnterAsync("19:another-thread", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(third.IsCompleted);
        flood[0].Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        flood[1].Dispose();
        (await other).Dispose();
    }

    [Fact]
    public async Task A_turn_given_up_while_waiting_takes_no_place_and_later_turns_still_get_in()
    {
        using var gate = AGate(inProgress: 1, perConversation: 1);
        var held = await gate.EnterAsync("19:a", CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var waiting = gate.EnterAsync("19:b", giveUp.Token);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        (await gate.EnterAsync("19:b", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await gate.EnterAsync("19:a", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public void Limits_below_one_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AGate(inProgress: 0, perConversation: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => AGate(inProgress: 1, perConversation: 0));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
