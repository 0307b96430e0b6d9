using TeamsJourney.BotFramework.Connector;

namespace TeamsJourney.BotFramework.Tests.Connector;

public sealed class ThreadSendRateTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static ThreadSendRate TeamsLimits() => new((7, TimeSpan.FromSeconds(1)), (60, TimeSpan.FromSeconds(30)));

    [Fact]
    public void The_first_seven_sends_of_a_burst_go_at_once_and_the_eighth_waits_a_second()
    {
        var rate = TeamsLimits();

        var slots = Enumerable.Range(0, 8).Select(_ => rate.Reserve(Start)).ToList();

        Assert.All(slots.Take(7), slot => Assert.Equal(Start, slot));
        Assert.Equal(Start.AddSeconds(1), slots[7]);
    }

    [Fact]
    public void A_burst_of_200_sends_keeps_seven_a_second_and_sixty_in_thirty_seconds()
    {
        var rate = TeamsLimits();

        var slots = Enumerable.Range(0, 200).Select(i => rate.Reserve(Start.AddMilliseconds(i))).ToList();

        AssertWithinLimits(slots);

        // Sixty in the first 30 s window, then the 30 s limit paces the rest.
        Assert.True(slots[60] >= Start.AddSeconds(30), $"The 61st send was at {slots[60] - Start}.");
    }

    [Fact]
    public void A_block_from_a_429_holds_every_send_until_it_ends()
    {
        var rate = TeamsLimits();
        rate.Block(Start.AddSeconds(5));

        Assert.Equal(Start.AddSeconds(5), rate.Reserve(Start.AddSeconds(1)));
    }

    [Fact]
    public void A_thread_idle_for_longer_than_the_windows_sends_at_once_again()
    {
        var rate = TeamsLimits();
        for (var i = 0; i < 60; i++)
        {
            rate.Reserve(Start);
        }

        Assert.Equal(Start.AddSeconds(31), rate.Reserve(Start.AddSeconds(31)));
    }

    /// <summary>No second holds more than 7 slots and no 30 s more than 60, whichever moment the window starts at.</summary>
    private static void AssertWithinLimits(IReadOnlyList<DateTimeOffset> slots)
    {
        var ordered = slots.Order().ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var inSecond = ordered.Skip(i).TakeWhile(s => s < ordered[i].AddSeconds(1)).Count();
            var inThirty = ordered.Skip(i).TakeWhile(s => s < ordered[i].AddSeconds(30)).Count();
            Assert.True(inSecond <= 7, $"{inSecond} sends in the second from {ordered[i]:HH:mm:ss.fff}.");
            Assert.True(inThirty <= 60, $"{inThirty} sends in the 30 s from {ordered[i]:HH:mm:ss.fff}.");
        }
    }
}
