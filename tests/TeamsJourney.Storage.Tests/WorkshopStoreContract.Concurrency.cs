using System.Globalization;
using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    [Fact]
    public async Task Two_appends_at_the_same_expected_version_exactly_one_wins()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(1));

        var results = await Task.WhenAll(
            Task.Run(() => Store.AppendAsync(workshop.WorkshopId, "group-1", 1, Events(1, "alice"), idempotencyKey: null)),
            Task.Run(() => Store.AppendAsync(workshop.WorkshopId, "group-1", 1, Events(1, "bob"), idempotencyKey: null)));

        Assert.Single(results, r => r.Status == AppendStatus.Appended);
        Assert.Single(results, r => r.Status == AppendStatus.Conflict);
        Assert.Equal(2, (await Store.ReadStreamAsync(workshop.WorkshopId, "group-1")).Count);
    }

    [Fact]
    public async Task Concurrent_appends_to_many_streams_each_land_at_the_first_attempt()
    {
        const int Streams = 6;
        const int AppendsPerStream = 4;
        var workshop = await GivenAWorkshopAsync();

        // Each stream's writer expects exactly the version it left: any conflict would be another stream's fault.
        await Task.WhenAll(Enumerable.Range(1, Streams).Select(s => Task.Run(async () =>
        {
            var streamId = string.Create(CultureInfo.InvariantCulture, $"group-{s}");
            for (var version = 0; version < AppendsPerStream; version++)
            {
                var result = await Store.AppendAsync(workshop.WorkshopId, streamId, version, Events(1, $"{streamId} {version + 1}"), $"{streamId}-{version}");
                Assert.Equal(new AppendResult(AppendStatus.Appended, version + 1), result);
            }
        })));

        var all = await Store.ReadWorkshopAsync(workshop.WorkshopId);
        Assert.Equal(Streams * AppendsPerStream, all.Count);
        Assert.All(all.GroupBy(e => e.StreamId), stream =>
            Assert.Equal(Enumerable.Range(1, AppendsPerStream).Select(i => (long)i), stream.Select(e => e.StreamVersion)));
        Assert.Equal(Streams, (await Store.ReadStreamVersionsAsync(workshop.WorkshopId)).Values.Count(v => v == AppendsPerStream));
    }

    [Fact]
    public async Task Two_appends_to_two_streams_of_one_workshop_at_the_same_moment_both_land()
    {
        var workshop = await GivenAWorkshopAsync();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, Events(1));
        await GivenAppendedAsync(workshop.WorkshopId, "group-2", 0, Events(1));

        for (var round = 1; round <= 10; round++)
        {
            var version = round;
            using var go = new ManualResetEventSlim();
            var first = Task.Run(() => { go.Wait(); return Store.AppendAsync(workshop.WorkshopId, "group-1", version, Events(1, "one"), idempotencyKey: null); });
            var second = Task.Run(() => { go.Wait(); return Store.AppendAsync(workshop.WorkshopId, "group-2", version, Events(1, "two"), idempotencyKey: null); });
            go.Set();

            Assert.Equal(
                [new AppendResult(AppendStatus.Appended, version + 1), new AppendResult(AppendStatus.Appended, version + 1)],
                await Task.WhenAll(first, second));
        }
    }

    [Fact]
    public async Task Concurrent_writers_that_reload_on_conflict_all_land_on_one_stream_in_order()
    {
        const int Writers = 5;
        const int AppendsPerWriter = 3;
        var workshop = await GivenAWorkshopAsync();

        await Task.WhenAll(Enumerable.Range(1, Writers).Select(w => Task.Run(async () =>
        {
            for (var n = 1; n <= AppendsPerWriter; n++)
            {
                await AppendReloadingOnConflictAsync(workshop.WorkshopId, "shared", Events(1, $"writer {w} #{n}"));
            }
        })));

        var stream = await Store.ReadStreamAsync(workshop.WorkshopId, "shared");
        Assert.Equal(Enumerable.Range(1, Writers * AppendsPerWriter).Select(i => (long)i), stream.Select(e => e.StreamVersion));
        Assert.Equal(Writers * AppendsPerWriter, stream.Select(e => e.Data).Distinct().Count());
    }

    // What the bot does: on a conflict, reload the version the store reports and try again.
    private async Task AppendReloadingOnConflictAsync(string workshopId, string streamId, IReadOnlyList<NewEvent> events)
    {
        long expected = 0;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var result = await Store.AppendAsync(workshopId, streamId, expected, events, idempotencyKey: null);
            if (result.IsAppended)
            {
                return;
            }

            Assert.Equal(AppendStatus.Conflict, result.Status);
            expected = result.StreamVersion;
        }

        Assert.Fail("An append kept conflicting after 200 reloads.");
    }
}
