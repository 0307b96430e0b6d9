using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;
using static TeamsJourney.Storage.Tests.Builders.WorkshopBuilder;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    [Fact]
    public async Task Sequences_are_shared_by_all_streams_of_a_workshop_in_append_order()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(2, "g1 a"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-2", 0, Events(1, "g2 a"));
        var last = await GivenAppendedAsync(workshop.WorkshopId, "group-1", 2, Events(1, "g1 b"));

        var all = await Store.ReadWorkshopAsync(workshop.WorkshopId);

        Assert.Equal(new AppendResult(AppendStatus.Appended, 3, 4), last);
        Assert.Equal([1L, 2L, 3L, 4L], all.Select(e => e.Sequence));
        Assert.Equal(["group-1", "group-1", "group-2", "group-1"], all.Select(e => e.StreamId));
        Assert.Equal([1L, 2L, 1L, 3L], all.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task ReadWorkshop_after_a_sequence_returns_the_later_events_of_all_streams()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(2, "g1"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-2", 0, Events(2, "g2"));

        var caughtUp = await Store.ReadWorkshopAsync(workshop.WorkshopId, afterSequence: 1);

        Assert.Equal(["""{"text":"g1 2"}""", """{"text":"g2 1"}""", """{"text":"g2 2"}"""], DataOf(caughtUp));
    }

    [Fact]
    public async Task ReadWorkshop_after_the_last_sequence_is_empty()
    {
        var workshop = await GivenAWorkshopAsync();
        var appended = await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(3));

        Assert.Empty(await Store.ReadWorkshopAsync(workshop.WorkshopId, appended.LastSequence));
    }

    [Fact]
    public async Task ListStreams_returns_each_stream_that_has_events_once_in_ordinal_order()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-b", 0, Events(1));
        await GivenAppendedAsync(workshop.WorkshopId, "group-a", 0, Events(1));
        await GivenAppendedAsync(workshop.WorkshopId, "group-b", 1, Events(1));

        Assert.Equal(["group-a", "group-b"], await Store.ListStreamsAsync(workshop.WorkshopId));
    }

    [Fact]
    public async Task Streams_and_sequences_of_different_workshops_are_independent()
    {
        var first = await GivenAWorkshopAsync();
        var second = await GivenAWorkshopAsync(AWorkshop().InTenant(first.TenantId));
        await GivenAppendedAsync(first.WorkshopId, "group-1", 0, Events(3, "first"));

        var result = await Store.AppendAsync(second.WorkshopId, "group-1", 0, Events(1, "second"), idempotencyKey: null);

        Assert.Equal(new AppendResult(AppendStatus.Appended, 1, 1), result);
        Assert.Equal(DataOf(Events(1, "second")), DataOf(await Store.ReadWorkshopAsync(second.WorkshopId)));
    }
}
