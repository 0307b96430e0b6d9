using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    // Shaped like the key the bot records: conversation id and activity id of a Teams redelivery.
    private const string ActivityKey = "19:abc@thread.tacv2;messageid=1700000000000|f:1234/5678#?";

    [Fact]
    public async Task Append_with_an_already_recorded_key_is_a_duplicate_and_writes_nothing()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(1, "answer"), ActivityKey);

        var redelivery = await Store.AppendAsync(workshop.WorkshopId, "group-1", 1, Events(1, "answer again"), ActivityKey);

        Assert.Equal(AppendStatus.Duplicate, redelivery.Status);
        Assert.Equal(DataOf(Events(1, "answer")), DataOf(await Store.ReadWorkshopAsync(workshop.WorkshopId)));
    }

    [Fact]
    public async Task Duplicate_reports_the_version_and_sequence_of_the_original_append()
    {
        var workshop = await GivenAWorkshopAsync();
        var original = await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(2), ActivityKey);
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 2, Events(3, "later"));

        var redelivery = await Store.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(2), ActivityKey);

        Assert.Equal(original with { Status = AppendStatus.Duplicate }, redelivery);
    }

    [Fact]
    public async Task Recorded_key_is_a_duplicate_on_any_stream_of_the_workshop()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(1), ActivityKey);

        var result = await Store.AppendAsync(workshop.WorkshopId, "group-2", 0, Events(1), ActivityKey);

        Assert.Equal(AppendStatus.Duplicate, result.Status);
        Assert.Equal(["group-1"], await Store.ListStreamsAsync(workshop.WorkshopId));
    }

    [Fact]
    public async Task Recorded_key_does_not_affect_another_workshop()
    {
        var first = await GivenAWorkshopAsync();
        var second = await GivenAWorkshopAsync();
        await GivenAppendedAsync(first.WorkshopId, "group-1", 0, Events(1), ActivityKey);

        var result = await Store.AppendAsync(second.WorkshopId, "group-1", 0, Events(1), ActivityKey);

        Assert.Equal(AppendStatus.Appended, result.Status);
    }

    [Fact]
    public async Task HasProcessed_after_an_append_with_the_key_is_true()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(1), ActivityKey);

        Assert.True(await Store.HasProcessedAsync(workshop.WorkshopId, ActivityKey));
    }

    [Fact]
    public async Task HasProcessed_of_a_key_never_appended_is_false()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(1), "another-key");

        Assert.False(await Store.HasProcessedAsync(workshop.WorkshopId, ActivityKey));
    }

    [Fact]
    public async Task Conflicting_append_does_not_record_its_key()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(1));

        var result = await Store.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(1, "stale"), ActivityKey);

        Assert.Equal(AppendStatus.Conflict, result.Status);
        Assert.False(await Store.HasProcessedAsync(workshop.WorkshopId, ActivityKey));
    }

    [Fact]
    public async Task Concurrent_redeliveries_with_one_key_write_exactly_once()
    {
        var workshop = await GivenAWorkshopAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => Task.Run(() =>
            Store.AppendAsync(workshop.WorkshopId, $"group-{i}", 0, Events(1), ActivityKey))));

        Assert.Single(results, r => r.Status == AppendStatus.Appended);
        Assert.Equal(4, results.Count(r => r.Status == AppendStatus.Duplicate));
        Assert.Single(await Store.ReadWorkshopAsync(workshop.WorkshopId));
    }
}
