using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;
using static TeamsJourney.Storage.Tests.Builders.WorkshopBuilder;

namespace TeamsJourney.Storage.Tests;

/// <summary>A workshop and its first state are created in one atomic write (issue 14: no half-made workshops).</summary>
public abstract partial class WorkshopStoreContract
{
    [Fact]
    public async Task A_workshop_created_with_its_first_events_stands_with_both_the_header_and_the_events()
    {
        var header = AWorkshop().InChannel("team-1", "19:general@thread.tacv2").Build();

        Assert.True(await Store.TryCreateWorkshopAsync(header, "workshop", Events(2, "snapshot")));

        Assert.Equal(header, await Store.GetWorkshopAsync(header.WorkshopId));
        Assert.Equal(["""{"text":"snapshot 1"}""", """{"text":"snapshot 2"}"""], DataOf(await Store.ReadStreamAsync(header.WorkshopId, "workshop")));
        Assert.Equal([header], await Store.ListWorkshopsAsync(header.TenantId, "team-1", "19:general@thread.tacv2"));
    }

    [Fact]
    public async Task Appends_after_an_atomic_creation_continue_the_stream_version_and_the_workshop_sequence()
    {
        var header = AWorkshop().Build();
        Assert.True(await Store.TryCreateWorkshopAsync(header, "workshop", Events(2)));

        var next = await Store.AppendAsync(header.WorkshopId, "workshop", 2, Events(1), null);
        var other = await Store.AppendAsync(header.WorkshopId, "group-1", 0, Events(1), null);

        Assert.Equal(new AppendResult(AppendStatus.Appended, 3), next);
        Assert.Equal(new AppendResult(AppendStatus.Appended, 1), other);
        Assert.Equal(AppendStatus.Conflict, (await Store.AppendAsync(header.WorkshopId, "workshop", 0, Events(1), null)).Status);
    }

    [Fact]
    public async Task Creating_a_taken_workshop_with_first_events_returns_false_and_writes_no_event()
    {
        var first = AWorkshop().Titled("First").Build();
        Assert.True(await Store.TryCreateWorkshopAsync(first, "workshop", Events(1, "first")));

        Assert.False(await Store.TryCreateWorkshopAsync(AWorkshop().WithId(first.WorkshopId).Titled("Second").Build(), "workshop", Events(1, "second")));

        Assert.Equal(first, await Store.GetWorkshopAsync(first.WorkshopId));
        Assert.Equal(["""{"text":"first 1"}"""], DataOf(await Store.ReadWorkshopAsync(first.WorkshopId)));
    }

    [Fact]
    public async Task An_atomic_creation_whose_events_are_too_big_writes_neither_the_header_nor_the_events()
    {
        var header = AWorkshop().Build();
        var tooBig = AnEvent().WithData(new string('x', StorageLimits.MaxEventDataLength + 1)).Build();

        await Assert.ThrowsAsync<StorageLimitException>(() => Store.TryCreateWorkshopAsync(header, "workshop", [tooBig]));

        Assert.Null(await Store.GetWorkshopAsync(header.WorkshopId));
        Assert.Empty(await Store.ListWorkshopsAsync(header.TenantId, null, null));
    }

    [Fact]
    public async Task Twenty_racing_atomic_creations_of_one_workshop_leave_exactly_one_header_and_one_first_state()
    {
        var id = "ws-race-" + Guid.NewGuid().ToString("N");
        var tenant = "tenant-race";

        var created = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            Store.TryCreateWorkshopAsync(AWorkshop().WithId(id).InTenant(tenant).Titled($"Start {i}").Build(), "workshop", Events(1, $"start {i}")))));

        Assert.Single(created, c => c);
        var events = await Store.ReadWorkshopAsync(id);
        var winner = Assert.Single(events);
        Assert.Equal(await Store.GetWorkshopAsync(id) is { } h ? $$"""{"text":"start {{h.Title["Start ".Length..]}} 1"}""" : null, winner.Data);
    }
}
