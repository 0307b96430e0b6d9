using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;
using static TeamsJourney.Storage.Tests.Builders.WorkshopBuilder;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    [Fact]
    public async Task Each_stream_of_a_workshop_counts_its_own_versions()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(2, "g1 a"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-2", 0, Events(1, "g2 a"));
        var last = await GivenAppendedAsync(workshop.WorkshopId, "group-1", 2, Events(1, "g1 b"));

        Assert.Equal(new AppendResult(AppendStatus.Appended, 3), last);
        Assert.Equal([1L, 2L, 3L], (await Store.ReadStreamAsync(workshop.WorkshopId, "group-1")).Select(e => e.StreamVersion));
        Assert.Equal([1L], (await Store.ReadStreamAsync(workshop.WorkshopId, "group-2")).Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task ReadWorkshop_returns_every_event_stream_by_stream_in_ordinal_then_version_order()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-b", 0, Events(1, "b"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-a", 0, Events(2, "a"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-b", 1, Events(1, "b later"));

        var all = await Store.ReadWorkshopAsync(workshop.WorkshopId);

        Assert.Equal(["group-a", "group-a", "group-b", "group-b"], all.Select(e => e.StreamId));
        Assert.Equal([1L, 2L, 1L, 2L], all.Select(e => e.StreamVersion));
        Assert.Equal(["""{"text":"a 1"}""", """{"text":"a 2"}""", """{"text":"b 1"}""", """{"text":"b later 1"}"""], DataOf(all));
    }

    [Fact]
    public async Task ReadStreamVersions_is_the_version_of_every_stream_with_events()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(2));
        await GivenAppendedAsync(workshop.WorkshopId, "plenary", 0, Events(1));
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 2, Events(3));

        var versions = await Store.ReadStreamVersionsAsync(workshop.WorkshopId);

        Assert.Equal(new Dictionary<string, long> { ["group-1"] = 5, ["plenary"] = 1 }, versions);
    }

    [Fact]
    public async Task ReadStreamVersions_of_a_workshop_without_events_or_of_no_workshop_is_empty()
    {
        var workshop = await GivenAWorkshopAsync();

        Assert.Empty(await Store.ReadStreamVersionsAsync(workshop.WorkshopId));
        Assert.Empty(await Store.ReadStreamVersionsAsync("no-such-workshop"));
    }

    [Fact]
    public async Task A_refused_or_duplicate_append_leaves_the_position_where_it_was()
    {
        var workshop = await GivenAWorkshopAsync();
        await Store.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(2), "delivery-1");

        await Store.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(1, "stale"), idempotencyKey: null);
        await Store.AppendAsync(workshop.WorkshopId, "group-1", 2, Events(1, "again"), "delivery-1");

        Assert.Equal(new Dictionary<string, long> { ["group-1"] = 2 }, await Store.ReadStreamVersionsAsync(workshop.WorkshopId));
    }

    [Fact]
    public async Task Streams_whose_ids_share_a_prefix_keep_their_events_apart()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-a", 0, Events(1, "a"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-ab", 0, Events(1, "ab"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-a|1", 0, Events(1, "a bar"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-a}", 0, Events(1, "a brace"));

        Assert.Equal(["""{"text":"a 1"}"""], DataOf(await Store.ReadStreamAsync(workshop.WorkshopId, "group-a")));
        Assert.Empty(await Store.ReadStreamAsync(workshop.WorkshopId, "group-a", afterStreamVersion: 1));
        Assert.Equal(["""{"text":"ab 1"}"""], DataOf(await Store.ReadStreamAsync(workshop.WorkshopId, "group-ab")));
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
    public async Task Streams_of_different_workshops_are_independent()
    {
        var first = await GivenAWorkshopAsync();
        var second = await GivenAWorkshopAsync(AWorkshop().InTenant(first.TenantId));
        await GivenAppendedAsync(first.WorkshopId, "group-1", 0, Events(3, "first"));

        var result = await Store.AppendAsync(second.WorkshopId, "group-1", 0, Events(1, "second"), idempotencyKey: null);

        Assert.Equal(new AppendResult(AppendStatus.Appended, 1), result);
        Assert.Equal(DataOf(Events(1, "second")), DataOf(await Store.ReadWorkshopAsync(second.WorkshopId)));
        Assert.Equal(new Dictionary<string, long> { ["group-1"] = 3 }, await Store.ReadStreamVersionsAsync(first.WorkshopId));
    }
}
