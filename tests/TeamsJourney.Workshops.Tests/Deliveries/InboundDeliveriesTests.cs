using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Workshops.Deliveries;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Deliveries;

/// <summary>Deliveries claimed before a turn and completed behind it, on the real SQLite store.</summary>
public sealed class InboundDeliveriesTests : IDisposable
{
    private const string Conversation = "19:c@thread.tacv2;messageid=1";
    private readonly SqliteWorkshopFolder _folder = new();
    private readonly FakeTimeProvider _time = new(SqliteWorkshopFolder.Now);

    [Fact]
    public async Task A_completion_written_behind_is_stored_by_a_flush_and_outlives_the_lease()
    {
        await using var deliveries = new InboundDeliveries(_folder.Store, _time, NullLogger<InboundDeliveries>.Instance);
        Assert.Equal(DeliveryStart.First, await deliveries.BeginAsync(Conversation, "a1"));

        await deliveries.CompleteAsync(Conversation, "a1");
        await deliveries.FlushAsync();

        // Long after the lease, a held claim would be taken over; a completed one never is.
        _time.Advance(InboundDeliveries.Lease * 10);
        Assert.Equal(DeliveryStart.Redelivery, await deliveries.BeginAsync(Conversation, "a1"));
    }

    [Fact]
    public async Task Before_its_completion_is_stored_a_redelivery_is_still_recognised()
    {
        await using var deliveries = new InboundDeliveries(_folder.Store, _time, NullLogger<InboundDeliveries>.Instance);
        Assert.Equal(DeliveryStart.First, await deliveries.BeginAsync(Conversation, "a1"));

        // Whether or not the completion has been written yet, the claim answers for it.
        await deliveries.CompleteAsync(Conversation, "a1");

        Assert.Equal(DeliveryStart.Redelivery, await deliveries.BeginAsync(Conversation, "a1"));
    }

    [Fact]
    public async Task Completions_still_waiting_are_stored_when_the_host_stops()
    {
        var deliveries = new InboundDeliveries(_folder.Store, _time, NullLogger<InboundDeliveries>.Instance);
        foreach (var id in Enumerable.Range(1, 300).Select(i => $"a{i}"))
        {
            Assert.Equal(DeliveryStart.First, await deliveries.BeginAsync(Conversation, id));
            await deliveries.CompleteAsync(Conversation, id);
        }

        await deliveries.DisposeAsync();

        _time.Advance(InboundDeliveries.Lease * 10);
        await using var restarted = new InboundDeliveries(_folder.Store, _time, NullLogger<InboundDeliveries>.Instance);
        foreach (var id in Enumerable.Range(1, 300).Select(i => $"a{i}"))
        {
            Assert.Equal(DeliveryStart.Redelivery, await restarted.BeginAsync(Conversation, id));
        }
    }

    [Fact]
    public async Task A_failed_turn_released_before_completion_is_handled_afresh()
    {
        await using var deliveries = new InboundDeliveries(_folder.Store, _time, NullLogger<InboundDeliveries>.Instance);
        await deliveries.BeginAsync(Conversation, "a1");

        await deliveries.ReleaseAsync(Conversation, "a1");

        Assert.Equal(DeliveryStart.First, await deliveries.BeginAsync(Conversation, "a1"));
    }

    public void Dispose() => _folder.Dispose();
}
