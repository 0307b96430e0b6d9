using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    [Fact]
    public async Task Append_to_a_new_stream_returns_the_new_version_and_last_sequence()
    {
        var workshop = await GivenAWorkshopAsync();

        var result = await Store.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(3), idempotencyKey: null);

        Assert.Equal(new AppendResult(AppendStatus.Appended, 3), result);
    }

    [Fact]
    public async Task ReadStream_returns_every_field_as_appended()
    {
        var workshop = await GivenAWorkshopAsync();
        var appended = AnEvent().OfType("PersonaAdded").WithData("""{"name":"Resident"}""").By("29:facilitator")
            .At(new DateTimeOffset(2025, 5, 6, 7, 8, 9, 10, TimeSpan.FromHours(-5))).Build();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, [appended]);

        var stored = Assert.Single(await Store.ReadStreamAsync(workshop.WorkshopId, "group-1"));

        Assert.Equal(
            new StoredEvent(workshop.WorkshopId, "group-1", 1, "PersonaAdded", """{"name":"Resident"}""", "29:facilitator", appended.OccurredAt),
            stored);
    }

    [Fact]
    public async Task ReadStream_keeps_the_offset_the_event_time_was_given_with()
    {
        var workshop = await GivenAWorkshopAsync();
        var occurredAt = new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.FromHours(5.5)).AddTicks(1234);
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, [AnEvent().At(occurredAt).Build()]);

        var stored = Assert.Single(await Store.ReadStreamAsync(workshop.WorkshopId, "group-1"));

        Assert.Equal(occurredAt.Offset, stored.OccurredAt.Offset);
        Assert.Equal(occurredAt.Ticks, stored.OccurredAt.Ticks);
    }

    [Fact]
    public async Task ReadStream_of_an_event_without_actor_returns_a_null_actor()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, [AnEvent().By(null).Build()]);

        var stored = Assert.Single(await Store.ReadStreamAsync(workshop.WorkshopId, "group-1"));

        Assert.Null(stored.ActorId);
    }

    [Fact]
    public async Task Append_at_the_current_version_extends_the_stream()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(2, "first"));

        var result = await Store.AppendAsync(workshop.WorkshopId, "group-1", 2, Events(2, "second"), idempotencyKey: null);

        var stream = await Store.ReadStreamAsync(workshop.WorkshopId, "group-1");
        Assert.Equal(new AppendResult(AppendStatus.Appended, 4), result);
        Assert.Equal(DataOf(Events(2, "first")).Concat(DataOf(Events(2, "second"))), DataOf(stream));
    }

    [Fact]
    public async Task ReadStream_after_a_version_returns_only_later_events()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(5));

        var later = await Store.ReadStreamAsync(workshop.WorkshopId, "group-1", afterStreamVersion: 3);

        Assert.Equal([4L, 5L], later.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task ReadStream_after_the_last_version_is_empty_and_after_many_new_events_returns_them_all_in_order()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(2, "held"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 2, Events(20, "new"));
        await GivenAppendedAsync(workshop.WorkshopId, "group-2", 0, Events(3, "other"));

        // Catching up from every point: nothing new, a few new events, more than a few, and the whole stream.
        Assert.Empty(await Store.ReadStreamAsync(workshop.WorkshopId, "group-1", afterStreamVersion: 22));
        Assert.Empty(await Store.ReadStreamAsync(workshop.WorkshopId, "group-1", afterStreamVersion: 30));
        Assert.Equal(DataOf(Events(20, "new")).TakeLast(3), DataOf(await Store.ReadStreamAsync(workshop.WorkshopId, "group-1", afterStreamVersion: 19)));
        Assert.Equal(DataOf(Events(20, "new")), DataOf(await Store.ReadStreamAsync(workshop.WorkshopId, "group-1", afterStreamVersion: 2)));
        Assert.Equal(Enumerable.Range(2, 21).Select(v => (long)v), (await Store.ReadStreamAsync(workshop.WorkshopId, "group-1", afterStreamVersion: 1)).Select(e => e.StreamVersion));
        Assert.Empty(await Store.ReadStreamAsync(workshop.WorkshopId, "no-such-stream", afterStreamVersion: 1));
    }

    [Fact]
    public async Task ReadStream_of_an_unknown_stream_is_empty()
    {
        var workshop = await GivenAWorkshopAsync();

        Assert.Empty(await Store.ReadStreamAsync(workshop.WorkshopId, "no-such-stream"));
    }

    [Fact]
    public async Task Append_at_a_stale_version_is_a_conflict_that_reports_the_current_version_and_writes_nothing()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(2));

        var result = await Store.AppendAsync(workshop.WorkshopId, "group-1", 1, Events(1, "late"), idempotencyKey: null);

        Assert.Equal(new AppendResult(AppendStatus.Conflict, 2), result);
        Assert.Equal(DataOf(Events(2)), DataOf(await Store.ReadWorkshopAsync(workshop.WorkshopId)));
    }

    [Fact]
    public async Task Append_expecting_an_existing_version_of_a_new_stream_is_a_conflict()
    {
        var workshop = await GivenAWorkshopAsync();

        var result = await Store.AppendAsync(workshop.WorkshopId, "group-1", 4, Events(1), idempotencyKey: null);

        Assert.Equal(new AppendResult(AppendStatus.Conflict, 0), result);
        Assert.Empty(await Store.ListStreamsAsync(workshop.WorkshopId));
    }

    [Fact]
    public async Task Append_to_a_workshop_that_was_never_created_throws_WorkshopNotFoundException()
    {
        var error = await Assert.ThrowsAsync<WorkshopNotFoundException>(
            () => Store.AppendAsync("never-created", "group-1", 0, Events(1), idempotencyKey: null));

        Assert.Equal("never-created", error.WorkshopId);
    }

    [Fact]
    public async Task Append_without_events_is_refused()
    {
        var workshop = await GivenAWorkshopAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.AppendAsync(workshop.WorkshopId, "group-1", 0, [], idempotencyKey: null));
    }

    [Fact]
    public async Task Append_with_a_negative_expected_version_is_refused()
    {
        var workshop = await GivenAWorkshopAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Store.AppendAsync(workshop.WorkshopId, "group-1", -1, Events(1), idempotencyKey: null));
    }
}
