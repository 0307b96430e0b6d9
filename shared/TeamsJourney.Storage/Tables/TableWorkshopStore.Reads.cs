using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    // A catch-up of this many new events or fewer reads them by key, in parallel (see CatchUpStreamAsync).
    private const int MaxCatchUpPointReads = 8;

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(
        string workshopId, string streamId, long afterStreamVersion = 0, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        StoreArguments.RequireKeyId(streamId, nameof(streamId));
        ArgumentOutOfRangeException.ThrowIfNegative(afterStreamVersion);
        await EnsureTablesAsync(cancellationToken);
        await EnsureCurrentLayoutAsync(workshopId, cancellationToken);
        if (afterStreamVersion > 0)
        {
            return await CatchUpStreamAsync(workshopId, streamId, afterStreamVersion, cancellationToken);
        }

        // A stream's events are one key range in version order: reading it whole reads this stream only.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and RowKey gt {TableKeys.EventRow(streamId, afterStreamVersion)} and RowKey lt {TableKeys.StreamEventsEnd(streamId)}");
        var events = await QueryEventsAsync(filter, cancellationToken);

        // The service returns a partition in row-key order; sorting again costs little and keeps the contract explicit.
        events.Sort((a, b) => a.StreamVersion.CompareTo(b.StreamVersion));
        return events;
    }

    /// <summary>
    /// Catching a held fold up (the common read: usually nothing is new) by point reads: the stream's head row says
    /// how far the stream is, and a few new events are read by their keys. A key-range query costs the same round trip
    /// on Azure Tables, but Azurite answers every query by scanning the whole table (it indexes keys only for point
    /// reads), so on Azurite a catch-up by query slowed down as the tables grew. Only a catch-up of more than
    /// <see cref="MaxCatchUpPointReads"/> events (after another instance wrote a lot) still queries the range.
    /// </summary>
    private async Task<IReadOnlyList<StoredEvent>> CatchUpStreamAsync(string workshopId, string streamId, long afterStreamVersion, CancellationToken cancellationToken)
    {
        var head = await _workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, TableKeys.StreamRow(streamId), ["Version"], cancellationToken);
        var headVersion = head.HasValue ? WorkshopEntities.RequireInt64(head.Value!, "Version") : 0;
        var newer = headVersion - afterStreamVersion;
        if (newer <= 0)
        {
            return [];
        }

        // The head and its events were written in one transaction, so every version up to the head is stored.
        if (newer <= MaxCatchUpPointReads)
        {
            var reads = new Task<NullableResponse<TableEntity>>[newer];
            for (var i = 0; i < newer; i++)
            {
                reads[i] = _workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, TableKeys.EventRow(streamId, afterStreamVersion + i + 1), cancellationToken: cancellationToken);
            }

            var rows = await Task.WhenAll(reads);
            var read = new List<StoredEvent>(rows.Length);
            foreach (var row in rows)
            {
                if (!row.HasValue)
                {
                    // Deleted with its workshop meanwhile: the range read below says what is left.
                    read.Clear();
                    break;
                }

                read.Add(WorkshopEntities.ToStoredEvent(row.Value!));
            }

            if (read.Count == rows.Length)
            {
                return read;
            }
        }

        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and RowKey gt {TableKeys.EventRow(streamId, afterStreamVersion)} and RowKey lt {TableKeys.StreamEventsEnd(streamId)}");
        var events = await QueryEventsAsync(filter, cancellationToken);
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
