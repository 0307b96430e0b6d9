using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    // Appends to different streams of one workshop race for the workshop head row that hands out the gap-free
    // sequence; losers re-read and try again. This is the store keeping its own contract (appends to different
    // streams never conflict), not a retry of a decision: those live in the application layer's one policy.
    private const int MaxAppendAttempts = 100;

    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(
        string workshopId,
        string streamId,
        long expectedStreamVersion,
        IReadOnlyList<NewEvent> events,
        string? idempotencyKey,
        CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireAppend(workshopId, streamId, expectedStreamVersion, events, idempotencyKey);
        await EnsureTablesAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await TryAppendOnceAsync(workshopId, streamId, expectedStreamVersion, events, idempotencyKey, cancellationToken);
            if (outcome is not null)
            {
                return outcome;
            }

            if (attempt == MaxAppendAttempts)
            {
                throw new StoreContentionException(
                    $"Could not append to workshop '{workshopId}' after {MaxAppendAttempts} attempts: too many writers at once.");
            }

            await Task.Delay(ContentionDelay(attempt), cancellationToken);
        }
    }

    /// <summary>Reads the heads, decides, and submits one transaction; null when another writer got in first.</summary>
    private async Task<AppendResult?> TryAppendOnceAsync(
        string workshopId,
        string streamId,
        long expectedStreamVersion,
        IReadOnlyList<NewEvent> events,
        string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        // The workshop head, the stream head and the delivery's idempotency row in one round trip.
        var idempotencyRow = idempotencyKey is null ? null : TableKeys.IdempotencyRow(idempotencyKey);
        var rows = await ReadRowsAsync(workshopId, [TableKeys.WorkshopHeadRow, TableKeys.StreamRow(streamId), .. idempotencyRow is null ? Array.Empty<string>() : [idempotencyRow]], cancellationToken);
        if (!rows.TryGetValue(TableKeys.WorkshopHeadRow, out var head))
        {
            throw WorkshopNotFoundException.For(workshopId);
        }

        var lastSequence = WorkshopEntities.RequireInt64(head, "LastSequence");
        if (idempotencyRow is not null && rows.TryGetValue(idempotencyRow, out var original))
        {
            return new AppendResult(
                AppendStatus.Duplicate, WorkshopEntities.RequireInt64(original, "StreamVersion"), WorkshopEntities.RequireInt64(original, "LastSequence"));
        }

        var stream = rows.GetValueOrDefault(TableKeys.StreamRow(streamId));
        var currentVersion = stream is not null ? WorkshopEntities.RequireInt64(stream, "Version") : 0;
        if (currentVersion != expectedStreamVersion)
        {
            return new AppendResult(AppendStatus.Conflict, currentVersion, lastSequence);
        }

        var newVersion = expectedStreamVersion + events.Count;
        var newLastSequence = lastSequence + events.Count;
        var actions = new List<TableTransactionAction>(events.Count + 3)
        {
            // The ETag makes every append of the workshop serialize on this row, which keeps sequences gap-free.
            new(TableTransactionActionType.UpdateMerge,
                new TableEntity(workshopId, TableKeys.WorkshopHeadRow) { ["LastSequence"] = newLastSequence },
                head.ETag),
        };
        var streamHead = new TableEntity(workshopId, TableKeys.StreamRow(streamId)) { ["StreamId"] = streamId, ["Version"] = newVersion };
        actions.Add(stream is not null
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, streamHead, stream.ETag)
            : new TableTransactionAction(TableTransactionActionType.Add, streamHead));
        for (var i = 0; i < events.Count; i++)
        {
            var entity = WorkshopEntities.ToEventEntity(workshopId, streamId, expectedStreamVersion + i + 1, lastSequence + i + 1, events[i]);
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
        }

        if (idempotencyKey is not null)
        {
            actions.Add(new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity(workshopId, TableKeys.IdempotencyRow(idempotencyKey))
                {
                    ["IdempotencyKey"] = idempotencyKey,
                    ["StreamId"] = streamId,
                    ["StreamVersion"] = newVersion,
                    ["LastSequence"] = newLastSequence,
                }));
        }

        try
        {
            await _workshops.SubmitTransactionAsync(actions, cancellationToken);
            return new AppendResult(AppendStatus.Appended, newVersion, newLastSequence);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            // A changed ETag or an existing row means another writer committed first. Whether that makes this
            // append a conflict, a duplicate or just a retry is decided on the next read, never guessed here.
            return null;
        }
    }

    private async Task<Dictionary<string, TableEntity>> ReadRowsAsync(string workshopId, IReadOnlyList<string> rowKeys, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId}") + " and ("
            + string.Join(" or ", rowKeys.Select(key => TableClient.CreateQueryFilter($"RowKey eq {key}"))) + ")";
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in _workshops.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows[row.RowKey] = row;
        }

        return rows;
    }

    // Grows with each lost race and is jittered so that competing writers spread out instead of colliding again.
    private static TimeSpan ContentionDelay(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(1, Math.Min(10 + (attempt * 10), 250)));
}
