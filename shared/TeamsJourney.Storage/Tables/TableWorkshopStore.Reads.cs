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
        await EnsureCurrentLayoutAsync(workshopId, cancellationToken);

        // A stream's events are one key range in version order: catching up reads only what is new, of this stream only.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and RowKey gt {TableKeys.EventRow(streamId, afterStreamVersion)} and RowKey lt {TableKeys.StreamEventsEnd(streamId)}");
        var events = await QueryEventsAsync(filter, cancellationToken);

        // The service returns a partition in row-key order; sorting again costs little and keeps the contract explicit.
        events.Sort((a, b) => a.StreamVersion.CompareTo(b.StreamVersion));
        return events;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await EnsureTablesAsync(cancellationToken);
        await EnsureCurrentLayoutAsync(workshopId, cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and RowKey gt {TableKeys.EventRangeStart} and RowKey lt {TableKeys.EventRangeEnd}");
        var events = await QueryEventsAsync(filter, cancellationToken);

        // Row keys order streams by their encoded ids; the contract orders them by the ids themselves.
        return [.. events.OrderBy(e => e.StreamId, StringComparer.Ordinal).ThenBy(e => e.StreamVersion)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> ReadStreamVersionsAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await EnsureTablesAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and RowKey ge {TableKeys.StreamRangeStart} and RowKey lt {TableKeys.StreamRangeEnd}");
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var row in _workshops.QueryAsync<TableEntity>(filter, select: ["StreamId", "Version"], cancellationToken: cancellationToken))
        {
            versions[WorkshopEntities.RequireString(row, "StreamId")] = WorkshopEntities.RequireInt64(row, "Version");
        }

        return versions;
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

    private async Task<List<StoredEvent>> QueryEventsAsync(string filter, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        await foreach (var entity in _workshops.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            events.Add(WorkshopEntities.ToStoredEvent(entity));
        }

        return events;
    }
}
