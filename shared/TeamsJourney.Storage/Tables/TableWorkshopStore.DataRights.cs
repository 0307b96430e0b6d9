using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    private const int DeleteBatch = MaxTransactionActions;

    /// <inheritdoc />
    public async Task<bool> DeleteWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await EnsureTablesAsync(cancellationToken);
        var header = await GetWorkshopAsync(workshopId, cancellationToken);
        if (header is null)
        {
            return false;
        }

        // Three tables cannot share a transaction, so the order makes a stopped deletion safe to repeat: the
        // bindings and the listing row first, the partition's rows next, and its head row last, so the workshop
        // stays findable (and deletable) until everything else is gone.
        // A conversation's partition holds its binding, the people seen there and its delivery claims: all of it goes,
        // the binding row last so a stopped deletion still finds the partition when repeated.
        var bindings = TableClient.CreateQueryFilter($"WorkshopId eq {workshopId}");
        var partitions = new List<string>();
        await foreach (var binding in _conversations.QueryAsync<TableEntity>(bindings, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            partitions.Add(binding.PartitionKey);
        }

        foreach (var conversation in partitions)
        {
            await DeleteConversationPartitionAsync(conversation, cancellationToken);
        }

        await _workshopIndex.DeleteEntityAsync(TableKeys.Encode(header.TenantId), workshopId, ETag.All, cancellationToken);

        // A deleted workshop has no time box left to run: its schedule row goes with it.
        await SaveDueAtAsync(workshopId, null, cancellationToken);

        var rows = new List<string>();
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId}");
        await foreach (var row in _workshops.QueryAsync<TableEntity>(partition, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (row.RowKey != TableKeys.WorkshopHeadRow)
            {
                rows.Add(row.RowKey);
            }
        }

        foreach (var chunk in rows.Chunk(DeleteBatch))
        {
            await _workshops.SubmitTransactionAsync(
                chunk.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(workshopId, key), ETag.All)), cancellationToken);
        }

        await _workshops.DeleteEntityAsync(workshopId, TableKeys.WorkshopHeadRow, ETag.All, cancellationToken);
        _currentLayout.TryRemove(workshopId, out _);
        return true;
    }

    private async Task DeleteConversationPartitionAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var rows = new List<string>();
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (var row in _conversations.QueryAsync<TableEntity>(partition, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (row.RowKey != TableKeys.ConversationRow)
            {
                rows.Add(row.RowKey);
            }
        }

        foreach (var chunk in rows.Chunk(DeleteBatch))
        {
            await _conversations.SubmitTransactionAsync(
                chunk.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, key), ETag.All)), cancellationToken);
        }

        await _conversations.DeleteEntityAsync(partitionKey, TableKeys.ConversationRow, ETag.All, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkshopHeader>> ListAllWorkshopsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken);
        var headers = new List<WorkshopHeader>();
        await foreach (var entity in _workshopIndex.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            headers.Add(WorkshopEntities.ToHeader(entity));
        }

        return headers
            .OrderBy(h => h.CreatedAt.UtcTicks)
            .ThenBy(h => h.WorkshopId, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireAudit(entry);
        await EnsureTablesAsync(cancellationToken);

        // Ordered by time, then made unique: two lines in the same tick both stay.
        var rowKey = entry.OccurredAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        var entity = new TableEntity(entry.WorkshopId, rowKey)
        {
            ["TenantId"] = entry.TenantId,
            ["Action"] = entry.Action,
            ["ActorId"] = entry.ActorId,
            ["ActorName"] = entry.ActorName,
            ["OccurredAt"] = RoundTripTime.Format(entry.OccurredAt),
        };
        if (entry.Detail is not null)
        {
            entity["Detail"] = entry.Detail;
        }

        await _audit.AddEntityAsync(entity, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await EnsureTablesAsync(cancellationToken);
        var entries = new List<(string RowKey, AuditEntry Entry)>();
        await foreach (var e in _audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {workshopId}"), cancellationToken: cancellationToken))
        {
            entries.Add((e.RowKey, new AuditEntry(
                workshopId,
                e.GetString("TenantId") ?? string.Empty,
                e.GetString("Action") ?? string.Empty,
                e.GetString("ActorId") ?? string.Empty,
                e.GetString("ActorName") ?? string.Empty,
                RoundTripTime.Parse(e.GetString("OccurredAt")!),
                e.GetString("Detail"))));
        }

        return [.. entries.OrderBy(e => e.RowKey, StringComparer.Ordinal).Select(e => e.Entry)];
    }
}
