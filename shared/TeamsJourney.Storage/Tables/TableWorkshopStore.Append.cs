using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    // A lost transaction means another writer of the same stream (or the same idempotency key) committed first; the
    // next read then decides Conflict or Duplicate, so more than two attempts only happen when a stream is being
    // created by several writers at once. Different streams never make each other retry: they share no row.
    private const int MaxAppendAttempts = 10;

    // Bounds the stream-head ETags remembered for one-round-trip appends (a stream is ~100 bytes here).
    private const int MaxRememberedHeads = 20_000;

    /// <summary>
    /// The stream heads this instance wrote last, with their ETags: the next append to the same stream at that version
    /// is one transaction (no read first), checked by the ETag. Another instance's write changes the ETag, the
    /// transaction fails whole, and the append falls back to reading the heads.
    /// </summary>
    private readonly ConcurrentDictionary<(string WorkshopId, string StreamId), (long Version, ETag ETag)> _knownHeads = new();

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
        await EnsureCurrentLayoutAsync(workshopId, cancellationToken);
        var key = (workshopId, streamId);
        if (_knownHeads.TryGetValue(key, out var known) && known.Version == expectedStreamVersion
            && await TrySubmitAsync(workshopId, streamId, expectedStreamVersion, events, idempotencyKey, known.ETag, cancellationToken) is { } fast)
        {
            return fast;
        }

        _knownHeads.TryRemove(key, out _);
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
                    $"Could not append to stream '{streamId}' of workshop '{workshopId}' after {MaxAppendAttempts} attempts: too many writers at once.");
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
        // The workshop head (read only: it proves the workshop exists and is never written here), the stream head and
        // the delivery's idempotency row in one round trip.
        var idempotencyRow = idempotencyKey is null ? null : TableKeys.IdempotencyRow(idempotencyKey);
        var rows = await ReadRowsAsync(workshopId, [TableKeys.WorkshopHeadRow, TableKeys.StreamRow(streamId), .. idempotencyRow is null ? Array.Empty<string>() : [idempotencyRow]], cancellationToken);
        if (!rows.ContainsKey(TableKeys.WorkshopHeadRow))
        {
            throw WorkshopNotFoundException.For(workshopId);
        }

        if (idempotencyRow is not null && rows.TryGetValue(idempotencyRow, out var original))
        {
            return new AppendResult(AppendStatus.Duplicate, WorkshopEntities.RequireInt64(original, "StreamVersion"));
        }

        var stream = rows.GetValueOrDefault(TableKeys.StreamRow(streamId));
        var currentVersion = stream is not null ? WorkshopEntities.RequireInt64(stream, "Version") : 0;
        if (currentVersion != expectedStreamVersion)
        {
            return new AppendResult(AppendStatus.Conflict, currentVersion);
        }

        return await TrySubmitAsync(workshopId, streamId, expectedStreamVersion, events, idempotencyKey, stream?.ETag, cancellationToken);
    }

    /// <summary>
    /// The append as one entity-group transaction: the stream head (replaced if its ETag still matches, or added when
    /// the stream is new), the events, the idempotency row. Null when another writer committed first.
    /// </summary>
    private async Task<AppendResult?> TrySubmitAsync(
        string workshopId,
        string streamId,
        long expectedStreamVersion,
        IReadOnlyList<NewEvent> events,
        string? idempotencyKey,
        ETag? streamHeadETag,
        CancellationToken cancellationToken)
    {
        var newVersion = expectedStreamVersion + events.Count;
        var streamHead = new TableEntity(workshopId, TableKeys.StreamRow(streamId)) { ["StreamId"] = streamId, ["Version"] = newVersion };
        var actions = new List<TableTransactionAction>(events.Count + 2)
        {
            streamHeadETag is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, streamHead, etag)
                : new TableTransactionAction(TableTransactionActionType.Add, streamHead),
        };
        for (var i = 0; i < events.Count; i++)
        {
            // Keyed by stream and version: even without the head's check, two writers could never store one version twice.
            actions.Add(new TableTransactionAction(
                TableTransactionActionType.Add, WorkshopEntities.ToEventEntity(workshopId, streamId, expectedStreamVersion + i + 1, events[i])));
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
                }));
        }

        try
        {
            var responses = await _workshops.SubmitTransactionAsync(actions, cancellationToken);
            RememberHead(workshopId, streamId, newVersion, responses.Value.Count > 0 ? responses.Value[0].Headers.ETag : null);
            return new AppendResult(AppendStatus.Appended, newVersion);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // A changed ETag, an existing row or a stream head deleted with its workshop: another writer (or a
            // deletion) came first. Whether that makes this append a conflict, a duplicate, a missing workshop or
            // just a retry is decided on the next read, never guessed here.
            _knownHeads.TryRemove((workshopId, streamId), out _);
            return null;
        }
    }

    private void RememberHead(string workshopId, string streamId, long version, ETag? etag)
    {
        if (etag is not { } known)
        {
            _knownHeads.TryRemove((workshopId, streamId), out _);
            return;
        }

        if (_knownHeads.Count >= MaxRememberedHeads)
        {
            // Forgetting costs one read on the next append of each stream; a bounded map is worth more than an LRU here.
            _knownHeads.Clear();
        }

        _knownHeads[(workshopId, streamId)] = (version, known);
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
