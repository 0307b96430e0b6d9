using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;
using static TeamsJourney.Storage.Tests.Builders.WorkshopBuilder;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    [Fact]
    public async Task Append_with_oversized_event_data_throws_a_limit_error_naming_the_event_and_writes_nothing()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(1, "earlier"));
        var oversized = AnEvent().OfType("EvidenceAttached").WithData(new string('x', StorageLimits.MaxEventDataLength + 1)).Build();

        var error = await Assert.ThrowsAsync<StorageLimitException>(
            () => Store.AppendAsync(workshop.WorkshopId, "group-1", 1, [AnEvent().Build(), oversized], idempotencyKey: "k"));

        Assert.Contains("Event 2 (EvidenceAttached) data", error.Message, StringComparison.Ordinal);
        Assert.Equal(StorageLimits.MaxEventDataLength, error.Limit);
        Assert.Equal(DataOf(Events(1, "earlier")), DataOf(await Store.ReadWorkshopAsync(workshop.WorkshopId)));
        Assert.False(await Store.HasProcessedAsync(workshop.WorkshopId, "k"));
    }

    [Fact]
    public async Task Append_with_event_data_at_the_limit_round_trips()
    {
        var workshop = await GivenAWorkshopAsync();
        var largest = AnEvent().WithData(new string('é', StorageLimits.MaxEventDataLength)).Build();

        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, [largest]);

        Assert.Equal(largest.Data, Assert.Single(await Store.ReadStreamAsync(workshop.WorkshopId, "group-1")).Data);
    }

    [Fact]
    public async Task Append_of_more_events_than_one_write_holds_throws_a_limit_error_and_writes_nothing()
    {
        var workshop = await GivenAWorkshopAsync();

        var error = await Assert.ThrowsAsync<StorageLimitException>(
            () => Store.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(StorageLimits.MaxEventsPerAppend + 1), idempotencyKey: null));

        Assert.Equal(StorageLimits.MaxEventsPerAppend + 1, error.Actual);
        Assert.Empty(await Store.ReadWorkshopAsync(workshop.WorkshopId));
    }

    [Fact]
    public async Task Append_of_the_most_events_one_write_holds_succeeds()
    {
        var workshop = await GivenAWorkshopAsync();

        var result = await Store.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(StorageLimits.MaxEventsPerAppend), idempotencyKey: "k");

        Assert.Equal(new AppendResult(AppendStatus.Appended, StorageLimits.MaxEventsPerAppend), result);
    }

    [Fact]
    public async Task Append_whose_total_data_exceeds_one_write_throws_a_limit_error()
    {
        var workshop = await GivenAWorkshopAsync();
        var bigEvents = Enumerable.Repeat(AnEvent().WithData(new string('x', StorageLimits.MaxEventDataLength)).Build(), 21).ToList();

        var error = await Assert.ThrowsAsync<StorageLimitException>(
            () => Store.AppendAsync(workshop.WorkshopId, "group-1", 0, bigEvents, idempotencyKey: null));

        Assert.Equal(StorageLimits.MaxAppendDataLength, error.Limit);
        Assert.Empty(await Store.ReadWorkshopAsync(workshop.WorkshopId));
    }

    [Fact]
    public async Task Append_to_a_stream_id_longer_than_the_limit_throws_a_limit_error()
    {
        var workshop = await GivenAWorkshopAsync();

        var error = await Assert.ThrowsAsync<StorageLimitException>(
            () => Store.AppendAsync(workshop.WorkshopId, new string('s', StorageLimits.MaxIdLength + 1), 0, Events(1), idempotencyKey: null));

        Assert.Equal("streamId", error.Subject);
    }

    [Theory]
    [InlineData("group/1")]
    [InlineData("group\\1")]
    [InlineData("group#1")]
    [InlineData("group?1")]
    [InlineData("group\n1")]
    [InlineData("group\u007f1")]
    public async Task Append_to_a_stream_id_with_a_character_keys_refuse_throws_ArgumentException(string streamId)
    {
        var workshop = await GivenAWorkshopAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.AppendAsync(workshop.WorkshopId, streamId, 0, Events(1), idempotencyKey: null));

        Assert.Empty(await Store.ReadWorkshopAsync(workshop.WorkshopId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task TryCreateWorkshop_with_a_blank_id_throws_ArgumentException(string workshopId)
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.TryCreateWorkshopAsync(AWorkshop().WithId(workshopId).Build()));
    }

    [Fact]
    public async Task TryCreateWorkshop_with_an_oversized_title_throws_a_limit_error_and_creates_nothing()
    {
        var header = AWorkshop().Titled(new string('t', StorageLimits.MaxTitleLength + 1)).Build();

        await Assert.ThrowsAsync<StorageLimitException>(() => Store.TryCreateWorkshopAsync(header));

        Assert.Null(await Store.GetWorkshopAsync(header.WorkshopId));
    }

    [Fact]
    public async Task Idempotency_key_longer_than_the_limit_throws_a_limit_error()
    {
        var workshop = await GivenAWorkshopAsync();

        await Assert.ThrowsAsync<StorageLimitException>(
            () => Store.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(1), new string('k', StorageLimits.MaxIdLength + 1)));
    }
}
