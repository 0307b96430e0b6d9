using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tests.Tables;

/// <summary>
/// Writes a workshop partition exactly as the Tables store wrote it before stream-keyed events (main up to the
/// "no shared row" merge), with Azure.Data.Tables and no store code: the head row with LastSequence, stream heads,
/// events keyed "event|" + the workshop sequence in 19 digits, idempotency rows with LastSequence.
/// </summary>
internal sealed class SequenceLayoutWriter(TableClient workshops, string workshopId)
{
    private readonly Dictionary<string, long> _streamVersions = new(StringComparer.Ordinal);
    private long _lastSequence;

    /// <summary>What was written, in sequence order: (stream, version, data).</summary>
    public List<(string StreamId, long Version, string Data)> Written { get; } = [];

    public static string EventRowKey(long sequence) => "event|" + sequence.ToString("D19", CultureInfo.InvariantCulture);

    public async Task CreateAsync(string tenantId, string title)
    {
        await workshops.AddEntityAsync(new TableEntity(workshopId, "workshop")
        {
            ["TenantId"] = tenantId,
            ["Title"] = title,
            ["CreatedAt"] = "2025-03-04T09:30:00.0000000+01:00",
            ["LastSequence"] = 0L,
        });
    }

    /// <summary>
    /// Appends the way the old store did: one transaction with the head row's new LastSequence under its ETag, the
    /// stream head, the events and the idempotency row.
    /// </summary>
    public async Task AppendAsync(string streamId, IReadOnlyList<string> texts, string? idempotencyKey = null)
    {
        var head = (await workshops.GetEntityAsync<TableEntity>(workshopId, "workshop")).Value;
        var lastSequence = head.GetInt64("LastSequence")!.Value;
        var version = _streamVersions.GetValueOrDefault(streamId);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateMerge, new TableEntity(workshopId, "workshop") { ["LastSequence"] = lastSequence + texts.Count }, head.ETag),
            new(TableTransactionActionType.UpsertReplace, new TableEntity(workshopId, "stream|" + streamId) { ["StreamId"] = streamId, ["Version"] = version + texts.Count }),
        };
        for (var i = 0; i < texts.Count; i++)
        {
            var data = $$"""{"text":"{{texts[i]}}"}""";
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(workshopId, EventRowKey(lastSequence + i + 1))
            {
                ["StreamId"] = streamId,
                ["StreamVersion"] = version + i + 1,
                ["Sequence"] = lastSequence + i + 1,
                ["Type"] = "NoteAdded",
                ["Data"] = data,
                ["OccurredAt"] = "2025-03-04T10:15:30.1230000+01:00",
                ["ActorId"] = "29:1a2b3c",
            }));
            Written.Add((streamId, version + i + 1, data));
        }

        if (idempotencyKey is not null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(workshopId, "idem|" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(idempotencyKey)))
            {
                ["IdempotencyKey"] = idempotencyKey,
                ["StreamId"] = streamId,
                ["StreamVersion"] = version + texts.Count,
                ["LastSequence"] = lastSequence + texts.Count,
            }));
        }

        await workshops.SubmitTransactionAsync(actions);
        _streamVersions[streamId] = version + texts.Count;
        _lastSequence = lastSequence + texts.Count;
    }

    /// <summary>Appends <paramref name="count"/> events round-robin over <paramref name="streams"/>, a few per append.</summary>
    public async Task AppendInterleavedAsync(IReadOnlyList<string> streams, int count)
    {
        for (var n = 0; n < count;)
        {
            var stream = streams[n / 3 % streams.Count];
            var batch = Enumerable.Range(n + 1, Math.Min(3, count - n)).Select(i => $"event {i}").ToList();
            await AppendAsync(stream, batch);
            n += batch.Count;
        }
    }

    /// <summary>The sequence-keyed event rows still in the partition.</summary>
    public async Task<List<TableEntity>> OldEventRowsAsync()
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {EventRowKey(0)} and RowKey le {"event|9999999999999999999"}");
        await foreach (var row in workshops.QueryAsync<TableEntity>(filter))
        {
            if (row.RowKey.Length == 25)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    public long LastSequence => _lastSequence;

    public async Task<Response<TableEntity>> HeadAsync() => await workshops.GetEntityAsync<TableEntity>(workshopId, "workshop");
}
