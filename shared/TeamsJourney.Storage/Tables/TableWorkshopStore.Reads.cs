using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(
        string workshopId, string streamId, long afterStreamVersion = 0, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        StoreArguments.RequireKeyId(streamId, nameof(streamId));
        ArgumentOutOfRangeException.ThrowIfNegative(afterStreamVersion);
        await EnsureTablesAsync(cancellationToken);

        // Events are keyed by workshop sequence, so a stream is read by filtering the workshop's event range;
        // within one stream, sequence order is version order.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and RowKey gt {TableKeys.EventRow(0)} and RowKey lt {TableKeys.EventRangeEnd} and StreamId eq {streamId} and StreamVersion gt {afterStreamVersion}");
        return await QueryEventsAsync(filter, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadWorkshopAsync(
        string workshopId, long afterSequence = 0, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        await EnsureTablesAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and RowKey gt {TableKeys.EventRow(afterSequence)} and RowKey lt {TableKeys.EventRangeEnd}");
        return await QueryEventsAsync(filter, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListStreamsAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await EnsureTablesAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and RowKey ge {TableKeys.StreamRangeStart} and RowKey lt {TableKeys.StreamRangeEnd}");
        var streams = new List<string>();
        await foreach (var row in _workshops.QueryAsync<TableEntity>(filter, select: ["StreamId"], cancellationToken: cancellationToken))
        {
            streams.Add(row.GetString("StreamId"));
        }

        streams.Sort(StringComparer.Ordinal);
        return streams;
    }

    /// <inheritdoc />
    public async Task<bool> HasProcessedAsync(string workshopId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        StoreArguments.RequireEncodedId(idempotencyKey, nameof(idempotencyKey));
        await EnsureTablesAsync(cancellationToken);
        var row = await _workshops.GetEntityIfExistsAsync<TableEntity>(
            workshopId, TableKeys.IdempotencyRow(idempotencyKey), ["StreamVersion"], cancellationToken);
        return row.HasValue;
    }

    private async Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(string filter, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        await foreach (var entity in _workshops.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            events.Add(WorkshopEntities.ToStoredEvent(entity));
        }

        // The service returns a partition in row-key order; sorting again costs little and keeps the contract explicit.
        events.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return events;
    }
}
