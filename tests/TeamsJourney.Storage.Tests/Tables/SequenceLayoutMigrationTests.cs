using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using TeamsJourney.Storage.Tables;
using TeamsJourney.Storage.Tests.Fixtures;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;

namespace TeamsJourney.Storage.Tests.Tables;

/// <summary>
/// Workshops saved by the previous Tables layout (events keyed by a workshop-wide sequence, LastSequence on the head
/// row) are kept: written raw against a real Azurite, then read and appended through the current store, alone and
/// with two instances migrating at once, after a migration that stopped half way, and with an old-version writer
/// appending in the middle of a migration.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SequenceLayoutMigrationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string[] Streams = ["workshop", "group-1", "group-2", "plenary"];

    private readonly string _tablePrefix = "t" + Guid.NewGuid().ToString("N");
    private TableClient _workshops = null!;

    public async Task InitializeAsync()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        _workshops = service.GetTableClient(_tablePrefix + "Workshops");
        await _workshops.CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in new[] { "Workshops", "WorkshopIndex", "Conversations", "Schedule", "Audit" })
        {
            await service.DeleteTableAsync(_tablePrefix + table);
        }
    }

    [Fact]
    public async Task An_old_layout_workshop_reads_every_event_in_order_once_and_is_left_in_the_current_layout()
    {
        var old = await OldWorkshopAsync(events: 250);
        var store = NewInstance();

        var all = await store.ReadWorkshopAsync(old.WorkshopId);

        AssertHoldsExactly(old.Writer, all);
        foreach (var stream in Streams)
        {
            Assert.Equal(
                old.Writer.Written.Where(w => w.StreamId == stream).Select(w => (w.Version, w.Data)),
                (await store.ReadStreamAsync(old.WorkshopId, stream)).Select(e => (e.StreamVersion, e.Data)));
        }

        Assert.Equal(
            old.Writer.Written.GroupBy(w => w.StreamId).ToDictionary(g => g.Key, g => g.Max(w => w.Version)),
            await store.ReadStreamVersionsAsync(old.WorkshopId));
        Assert.Empty(await old.Writer.OldEventRowsAsync());
        var head = (await old.Writer.HeadAsync()).Value;
        Assert.Null(head.GetInt64("LastSequence"));
        Assert.Equal(2, head.GetInt32("EventLayout"));
        Assert.Equal("Report a missed bin collection", (await store.GetWorkshopAsync(old.WorkshopId))?.Title);
    }

    [Fact]
    public async Task Appends_to_an_old_layout_stream_follow_on_from_its_version_and_old_deliveries_stay_duplicates()
    {
        var old = await OldWorkshopAsync(events: 10);
        await old.Writer.AppendAsync("group-1", ["answered before the upgrade"], "delivery-old");
        var store = NewInstance();
        var version = old.Writer.Written.Count(w => w.StreamId == "group-1");

        var stale = await store.AppendAsync(old.WorkshopId, "group-1", version - 1, Events(1, "stale"), "delivery-stale");
        var appended = await store.AppendAsync(old.WorkshopId, "group-1", version, Events(1, "after the upgrade"), "delivery-new");
        var redelivered = await store.AppendAsync(old.WorkshopId, "group-1", version + 1, Events(1, "answered before the upgrade"), "delivery-old");

        Assert.Equal(new AppendResult(AppendStatus.Conflict, version), stale);
        Assert.Equal(new AppendResult(AppendStatus.Appended, version + 1), appended);
        Assert.Equal(new AppendResult(AppendStatus.Duplicate, version), redelivered);
        Assert.True(await store.HasProcessedAsync(old.WorkshopId, "delivery-old"));
        var stream = await store.ReadStreamAsync(old.WorkshopId, "group-1");
        Assert.Equal(Enumerable.Range(1, version + 1).Select(v => (long)v), stream.Select(e => e.StreamVersion));
        Assert.Equal("""{"text":"after the upgrade 1"}""", stream[^1].Data);
    }

    [Fact]
    public async Task Two_instances_migrating_the_same_workshops_at_once_both_see_every_event_once()
    {
        var workshops = new List<(string WorkshopId, SequenceLayoutWriter Writer)>();
        for (var i = 0; i < 4; i++)
        {
            workshops.Add(await OldWorkshopAsync(events: 160));
        }

        var first = NewInstance();
        var second = NewInstance();

        // Both instances open every workshop at the same moment, one through the whole workshop, one stream by stream.
        var reads = workshops.SelectMany(w => new[]
        {
            first.ReadWorkshopAsync(w.WorkshopId),
            second.ReadWorkshopAsync(w.WorkshopId),
            ReadStreamsAsync(second, w.WorkshopId),
            ReadStreamsAsync(first, w.WorkshopId),
        }).ToList();
        var results = await Task.WhenAll(reads);

        for (var i = 0; i < workshops.Count; i++)
        {
            foreach (var seen in results.Skip(i * 4).Take(4))
            {
                AssertHoldsExactly(workshops[i].Writer, seen);
            }

            Assert.Empty(await workshops[i].Writer.OldEventRowsAsync());
        }

        // And both write on from there, each to its own group.
        var (workshopId, writer) = workshops[0];
        Assert.True((await first.AppendAsync(workshopId, "group-1", Count(writer, "group-1"), Events(2, "first instance"), null)).IsAppended);
        Assert.True((await second.AppendAsync(workshopId, "group-2", Count(writer, "group-2"), Events(2, "second instance"), null)).IsAppended);
        var final = await NewInstance().ReadWorkshopAsync(workshopId);
        Assert.Equal(writer.Written.Count + 4, final.Count);
        Assert.Equal(final.Count, final.Select(e => (e.StreamId, e.StreamVersion)).Distinct().Count());
    }

    [Fact]
    public async Task A_migration_that_stopped_after_copying_and_deleting_some_old_rows_is_finished_by_the_next_read()
    {
        var old = await OldWorkshopAsync(events: 120);

        // What a migrator that died while deleting leaves: every copy written, half the old rows gone, the head still old.
        foreach (var row in await old.Writer.OldEventRowsAsync())
        {
            await _workshops.UpsertEntityAsync(SequenceLayout.ToCurrentEvent(row), TableUpdateMode.Replace);
        }

        foreach (var row in (await old.Writer.OldEventRowsAsync()).Where((_, i) => i % 2 == 0))
        {
            await _workshops.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        Assert.NotNull((await old.Writer.HeadAsync()).Value.GetInt64("LastSequence"));

        AssertHoldsExactly(old.Writer, await NewInstance().ReadWorkshopAsync(old.WorkshopId));
        Assert.Empty(await old.Writer.OldEventRowsAsync());
    }

    [Fact]
    public async Task An_old_version_instance_appending_during_the_migration_sends_it_round_again_and_nothing_is_lost()
    {
        var old = await OldWorkshopAsync(events: 30);

        // The old version appends right when the migration submits its first copy batch: after the migration read the
        // head and the old rows, before it marks the head.
        var interference = new OnFirstBatch(() => old.Writer.AppendAsync("group-2", ["typed during the upgrade"], "delivery-during"));
        var options = new TableClientOptions();
        options.AddPolicy(interference, HttpPipelinePosition.PerCall);
        var store = new TableWorkshopStore(new TableServiceClient(azurite.ConnectionString, options), _tablePrefix);

        var all = await store.ReadWorkshopAsync(old.WorkshopId);

        Assert.True(interference.Fired);
        AssertHoldsExactly(old.Writer, all);
        Assert.Contains(all, e => e.StreamId == "group-2" && e.Data == """{"text":"typed during the upgrade"}""");
        Assert.True(await store.HasProcessedAsync(old.WorkshopId, "delivery-during"));
        Assert.Empty(await old.Writer.OldEventRowsAsync());
    }

    [Fact]
    public async Task A_workshop_deleted_by_another_instance_in_the_middle_of_its_migration_stays_deleted()
    {
        var old = await OldWorkshopAsync(events: 30);
        var deleting = NewInstance();
        var interference = new OnFirstBatch(async () => Assert.True(await deleting.DeleteWorkshopAsync(old.WorkshopId)));
        var options = new TableClientOptions();
        options.AddPolicy(interference, HttpPipelinePosition.PerCall);
        var store = new TableWorkshopStore(new TableServiceClient(azurite.ConnectionString, options), _tablePrefix);

        var all = await store.ReadWorkshopAsync(old.WorkshopId);

        Assert.True(interference.Fired);
        Assert.Empty(all);
        Assert.Null(await store.GetWorkshopAsync(old.WorkshopId));
        var left = _workshops.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {old.WorkshopId}"));
        Assert.Empty(await left.ToListAsync());
    }

    [Fact]
    public async Task A_workshop_deleted_after_the_upgrade_is_gone_with_its_old_rows()
    {
        var old = await OldWorkshopAsync(events: 12);
        var store = NewInstance();

        Assert.True(await store.DeleteWorkshopAsync(old.WorkshopId));

        Assert.Empty(await store.ReadWorkshopAsync(old.WorkshopId));
        Assert.Empty(await old.Writer.OldEventRowsAsync());
        Assert.Null(await store.GetWorkshopAsync(old.WorkshopId));
    }

    private static long Count(SequenceLayoutWriter writer, string streamId) => writer.Written.Count(w => w.StreamId == streamId);

    private static async Task<IReadOnlyList<StoredEvent>> ReadStreamsAsync(TableWorkshopStore store, string workshopId)
    {
        var all = new List<StoredEvent>();
        foreach (var stream in Streams.Order(StringComparer.Ordinal))
        {
            all.AddRange(await store.ReadStreamAsync(workshopId, stream));
        }

        return all;
    }

    // Every event written, each once, by stream (ordinal) then version: the contract's order for a whole workshop.
    private static void AssertHoldsExactly(SequenceLayoutWriter writer, IReadOnlyList<StoredEvent> seen)
    {
        var expected = writer.Written
            .OrderBy(w => w.StreamId, StringComparer.Ordinal)
            .ThenBy(w => w.Version)
            .Select(w => (w.StreamId, w.Version, w.Data));
        Assert.Equal(expected, seen.Select(e => (e.StreamId, e.StreamVersion, e.Data)));
        Assert.All(seen, e => Assert.Equal(("NoteAdded", "29:1a2b3c"), (e.Type, e.ActorId)));
    }

    private TableWorkshopStore NewInstance() => new(azurite.ConnectionString, _tablePrefix);

    private async Task<(string WorkshopId, SequenceLayoutWriter Writer)> OldWorkshopAsync(int events)
    {
        var workshopId = "ws-" + Guid.NewGuid().ToString("N");
        var writer = new SequenceLayoutWriter(_workshops, workshopId);
        await writer.CreateAsync("tenant-1", "Report a missed bin collection");
        await writer.AppendInterleavedAsync(Streams, events);
        return (workshopId, writer);
    }

    /// <summary>Runs something once (an old-version append, a deletion), just before the first entity-group transaction the store sends.</summary>
    private sealed class OnFirstBatch(Func<Task> action) : HttpPipelinePolicy
    {
        private int _fired;

        public bool Fired => _fired == 1;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The store calls Azure Tables asynchronously.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && Interlocked.Exchange(ref _fired, 1) == 0)
            {
                await action();
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
