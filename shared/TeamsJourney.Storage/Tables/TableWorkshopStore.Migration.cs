using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

/// <summary>
/// Brings a workshop partition written in the <see cref="SequenceLayout"/> (event rows keyed by a workshop-wide
/// sequence) to the current layout (keyed by stream and version) the first time this instance reads or appends its
/// events.
/// </summary>
/// <remarks>
/// Why lazily, per workshop, in the store, rather than a hosted step at startup:
/// - Nothing can read or write a workshop's events before its partition is current: the three calls that touch event
///   rows (<see cref="ReadStreamAsync"/>, <see cref="ReadWorkshopAsync"/>, <see cref="AppendAsync"/>) wait for it.
///   A startup sweep would either hold the host's readiness until every workshop ever saved is rewritten, or serve
///   workshops it has not reached yet from the wrong keys.
/// - The cost lands where the workshop is used: one point read of the head row per workshop per process; workshops
///   nobody opens again (or that retention purges) cost nothing.
/// - It has to be safe with several instances anyway (two hosts behind the load balancer open the same workshop), and
///   then it is safe at startup too. Safe because: copies are upserts whose content is a pure function of the old row,
///   so any number of migrators write the same thing; an old row is deleted only after every old row of that read has
///   its copy; and the migration ends by replacing the head row under the ETag read before anything was copied. That
///   replace fails if anyone changed the head meanwhile (an instance still on the old version appending: it raises
///   LastSequence; another migrator finishing first), and the loop then reads again and copies what is new.
/// - The finished head row drops LastSequence: an instance still running the old version (a rolling deployment) then
///   fails loudly on that workshop instead of writing sequence-keyed rows the new version would never read.
/// - Resumable: a migrator that dies after copying leaves copies and old rows side by side (the head still says old
///   layout), one that dies while deleting leaves some old rows; the next run copies again (same content) and goes on.
/// </remarks>
internal sealed partial class TableWorkshopStore
{
    // A changed head row sends the migration round again; more than a few rounds means an old-version instance is
    // still appending to this workshop: refuse rather than spin.
    private const int MaxMigrationRounds = 10;

    // The data budget of one batch matches one append's (StorageLimits), which is written in one transaction too.
    private const int MigrationBatchRows = MaxTransactionActions;
    private const int MigrationBatchDataChars = StorageLimits.MaxAppendDataLength;

    // Forgetting costs one point read per workshop on its next use, so a full set is simply cleared.
    private const int MaxKnownCurrentWorkshops = 100_000;

    /// <summary>Workshops this instance knows to be in the current layout (created here, or checked or migrated).</summary>
    private readonly ConcurrentDictionary<string, byte> _currentLayout = new(StringComparer.Ordinal);

    /// <summary>One check or migration per workshop at a time in this instance; concurrent callers wait for it.</summary>
    private readonly ConcurrentDictionary<string, Lazy<Task>> _layoutChecks = new(StringComparer.Ordinal);

    /// <summary>Returns once the workshop's event rows are in the current layout (or the workshop does not exist).</summary>
    private async Task EnsureCurrentLayoutAsync(string workshopId, CancellationToken cancellationToken)
    {
        if (_currentLayout.ContainsKey(workshopId))
        {
            return;
        }

        // Shared by every caller for this workshop, so not cancelled by any one of them (each stops waiting on its own).
        // The lazy refers to itself so that, done, it removes exactly itself: a failed check is tried again next time.
        Lazy<Task>? mine = null;
        mine = new Lazy<Task>(() => CheckLayoutAsync(workshopId, mine!));
        var check = _layoutChecks.GetOrAdd(workshopId, mine);
        await check.Value.WaitAsync(cancellationToken);
    }

    private async Task CheckLayoutAsync(string workshopId, Lazy<Task> check)
    {
        try
        {
            await BringToCurrentLayoutAsync(workshopId, CancellationToken.None);
        }
        finally
        {
            _layoutChecks.TryRemove(new KeyValuePair<string, Lazy<Task>>(workshopId, check));
        }
    }

    private void RememberCurrentLayout(string workshopId)
    {
        if (_currentLayout.Count >= MaxKnownCurrentWorkshops)
        {
            _currentLayout.Clear();
        }

        _currentLayout[workshopId] = 0;
    }

    private async Task BringToCurrentLayoutAsync(string workshopId, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        for (var round = 1; ; round++)
        {
            var head = await _workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, TableKeys.WorkshopHeadRow, cancellationToken: cancellationToken);
            if (!head.HasValue)
            {
                // No workshop (never created, or deleted): nothing to read, nothing to migrate, nothing to remember.
                return;
            }

            if (WorkshopEntities.HasCurrentEventLayout(head.Value!) || await TryMigrateAsync(head.Value!, cancellationToken))
            {
                RememberCurrentLayout(workshopId);
                return;
            }

            if (round == MaxMigrationRounds)
            {
                throw new StoreContentionException(
                    $"Could not move workshop '{workshopId}' to the current event layout after {MaxMigrationRounds} rounds: its head row keeps changing (is an instance of the previous version still writing to it?).");
            }
        }
    }

    /// <summary>
    /// One round: copy every old event row, delete the old rows, then mark the head row current under the ETag read
    /// before the copy. True when done; false when the head changed or went meanwhile (go round again and look).
    /// </summary>
    private async Task<bool> TryMigrateAsync(TableEntity head, CancellationToken cancellationToken)
    {
        var workshopId = head.PartitionKey;
        var oldRows = await ReadSequenceLayoutEventsAsync(workshopId, cancellationToken);
        var copies = oldRows.Select(SequenceLayout.ToCurrentEvent).ToList();
        await UpsertInBatchesAsync(copies, cancellationToken);

        // Every old row read above has its copy now; only then do the old rows go.
        await DeleteRowsAsync(workshopId, [.. oldRows.Select(r => r.RowKey)], cancellationToken);

        var current = WorkshopEntities.ToHeadEntity(WorkshopEntities.ToHeader(head));
        try
        {
            await _workshops.UpdateEntityAsync(current, head.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Deleted while this round copied: the deletion may have missed the copies written after its read, and a
            // deleted workshop must stay deleted, so they go too. The next round finds no head and remembers nothing.
            await DeleteRowsAsync(workshopId, [.. copies.Select(c => c.RowKey)], cancellationToken);
            return false;
        }
    }

    private async Task<List<TableEntity>> ReadSequenceLayoutEventsAsync(string workshopId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and RowKey ge {SequenceLayout.FirstEventRow} and RowKey le {SequenceLayout.LastEventRow}");
        var rows = new List<TableEntity>();
        await foreach (var row in _workshops.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            // Current rows of a stream whose encoded id starts with digits sort inside this range too; their keys differ.
            if (SequenceLayout.IsEventRow(row.RowKey))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private async Task UpsertInBatchesAsync(IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>(MigrationBatchRows);
        var chars = 0;
        foreach (var row in rows)
        {
            var size = row.GetString("Data")?.Length ?? 0;
            if (batch.Count == MigrationBatchRows || (batch.Count > 0 && chars + size > MigrationBatchDataChars))
            {
                await _workshops.SubmitTransactionAsync(batch, cancellationToken);
                batch = new List<TableTransactionAction>(MigrationBatchRows);
                chars = 0;
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
            chars += size;
        }

        if (batch.Count > 0)
        {
            await _workshops.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    // Deletes in entity-group batches; a batch that finds a row already gone (another migrator got there first) is
    // done row by row, where a missing row is simply the state wanted.
    private async Task DeleteRowsAsync(string workshopId, IReadOnlyList<string> rowKeys, CancellationToken cancellationToken)
    {
        foreach (var chunk in rowKeys.Chunk(MigrationBatchRows))
        {
            try
            {
                await _workshops.SubmitTransactionAsync(
                    chunk.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(workshopId, key), ETag.All)),
                    cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                foreach (var key in chunk)
                {
                    // DeleteEntityAsync answers a missing row with 404 as a response, not an exception: nothing to catch.
                    await _workshops.DeleteEntityAsync(workshopId, key, ETag.All, cancellationToken);
                }
            }
        }
    }
}
