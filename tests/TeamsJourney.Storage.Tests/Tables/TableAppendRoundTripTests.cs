using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using TeamsJourney.Storage.Tables;
using TeamsJourney.Storage.Tests.Builders;
using TeamsJourney.Storage.Tests.Fixtures;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;

namespace TeamsJourney.Storage.Tests.Tables;

/// <summary>
/// What an append costs on Azure Tables, counted at the HTTP pipeline against a real Azurite: one entity-group
/// transaction per append, with no read first when this instance wrote the stream last; and the ETag that makes
/// that safe when another instance wrote in between.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableAppendRoundTripTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _tablePrefix = "t" + Guid.NewGuid().ToString("N");
    private readonly RequestCounter _requests = new();
    private TableWorkshopStore _store = null!;
    private TableWorkshopStore _otherInstance = null!;
    private WorkshopHeader _workshop = null!;

    public async Task InitializeAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_requests, HttpPipelinePosition.PerRetry);
        _store = new TableWorkshopStore(new TableServiceClient(azurite.ConnectionString, options), _tablePrefix);
        _otherInstance = new TableWorkshopStore(azurite.ConnectionString, _tablePrefix);
        _workshop = WorkshopBuilder.AWorkshop().Build();
        Assert.True(await _store.TryCreateWorkshopAsync(_workshop, "group-1", Events(1)));
    }

    public async Task DisposeAsync()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in new[] { _store.WorkshopsTableName, _store.WorkshopIndexTableName, _store.ConversationsTableName, _store.ScheduleTableName, _store.AuditTableName })
        {
            await service.DeleteTableAsync(table);
        }
    }

    [Fact]
    public async Task The_first_append_to_a_stream_reads_its_heads_once_and_submits_one_transaction()
    {
        _requests.Reset();

        var result = await _store.AppendAsync(_workshop.WorkshopId, "group-1", 1, Events(1, "answer"), "delivery-1");

        Assert.Equal(new AppendResult(AppendStatus.Appended, 2), result);
        Assert.Equal(["GET", "POST $batch"], _requests.Seen);
    }

    [Fact]
    public async Task An_append_to_a_stream_this_instance_wrote_last_is_one_transaction()
    {
        await _store.AppendAsync(_workshop.WorkshopId, "group-1", 1, Events(1, "first"), "delivery-1");
        _requests.Reset();

        var result = await _store.AppendAsync(_workshop.WorkshopId, "group-1", 2, Events(1, "second"), "delivery-2");

        Assert.Equal(new AppendResult(AppendStatus.Appended, 3), result);
        Assert.Equal(["POST $batch"], _requests.Seen);
    }

    [Fact]
    public async Task After_another_instance_wrote_the_stream_a_stale_expectation_is_a_conflict_and_nothing_is_stored()
    {
        await _store.AppendAsync(_workshop.WorkshopId, "group-1", 1, Events(1, "mine"), idempotencyKey: null);
        Assert.True((await _otherInstance.AppendAsync(_workshop.WorkshopId, "group-1", 2, Events(1, "theirs"), idempotencyKey: null)).IsAppended);

        // This instance still remembers version 2; the stream head's ETag tells it otherwise.
        var stale = await _store.AppendAsync(_workshop.WorkshopId, "group-1", 2, Events(1, "stale"), idempotencyKey: null);
        var reloaded = await _store.AppendAsync(_workshop.WorkshopId, "group-1", 3, Events(1, "reloaded"), idempotencyKey: null);

        Assert.Equal(new AppendResult(AppendStatus.Conflict, 3), stale);
        Assert.Equal(new AppendResult(AppendStatus.Appended, 4), reloaded);
        Assert.Equal(
            ["""{"text":"note 1"}""", """{"text":"mine 1"}""", """{"text":"theirs 1"}""", """{"text":"reloaded 1"}"""],
            (await _store.ReadStreamAsync(_workshop.WorkshopId, "group-1")).Select(e => e.Data));
    }

    [Fact]
    public async Task A_redelivery_on_the_one_transaction_path_is_a_duplicate()
    {
        await _store.AppendAsync(_workshop.WorkshopId, "group-1", 1, Events(1, "answer"), "delivery-1");

        var again = await _store.AppendAsync(_workshop.WorkshopId, "group-1", 2, Events(1, "answer"), "delivery-1");

        Assert.Equal(new AppendResult(AppendStatus.Duplicate, 2), again);
        Assert.Equal(2, (await _store.ReadStreamAsync(_workshop.WorkshopId, "group-1")).Count);
    }

    [Fact]
    public async Task An_append_after_the_workshop_was_deleted_says_so_instead_of_storing_orphans()
    {
        await _store.AppendAsync(_workshop.WorkshopId, "group-1", 1, Events(1), idempotencyKey: null);
        Assert.True(await _otherInstance.DeleteWorkshopAsync(_workshop.WorkshopId));

        await Assert.ThrowsAsync<WorkshopNotFoundException>(() => _store.AppendAsync(_workshop.WorkshopId, "group-1", 2, Events(1), idempotencyKey: null));
        Assert.Empty(await _store.ReadWorkshopAsync(_workshop.WorkshopId));
    }

    [Fact]
    public async Task Catching_up_a_held_stream_reads_its_head_and_new_events_by_key_never_by_query()
    {
        // Azurite answers every query by scanning the whole table, so a catch-up by query slowed down as tables grew.
        await _otherInstance.AppendAsync(_workshop.WorkshopId, "group-1", 1, Events(2, "theirs"), idempotencyKey: null);
        _requests.Reset();

        var nothingNew = await _store.ReadStreamAsync(_workshop.WorkshopId, "group-1", afterStreamVersion: 3);
        var seenForNothing = _requests.Seen;
        _requests.Reset();
        var twoNew = await _store.ReadStreamAsync(_workshop.WorkshopId, "group-1", afterStreamVersion: 1);

        Assert.Empty(nothingNew);
        Assert.Equal(["GET point"], seenForNothing);
        Assert.Equal(["""{"text":"theirs 1"}""", """{"text":"theirs 2"}"""], twoNew.Select(e => e.Data));
        Assert.Equal(["GET point", "GET point", "GET point"], _requests.Seen);
    }

    /// <summary>Records each request the store sends (method, and "$batch" for entity-group transactions, "point" for a read by key).</summary>
    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private readonly List<string> _seen = [];

        public IReadOnlyList<string> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        public void Reset()
        {
            lock (_seen)
            {
                _seen.Clear();
            }
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            var path = message.Request.Uri.Path;
            var entry = message.Request.Method.ToString()
                + (path.EndsWith("$batch", StringComparison.Ordinal) ? " $batch"
                    : message.Request.Method == RequestMethod.Get && path.Contains("RowKey=", StringComparison.Ordinal) ? " point"
                    : string.Empty);
            lock (_seen)
            {
                _seen.Add(entry);
            }
        }
    }
}
