using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    private const string LeaseUntilProperty = "LeaseUntil";
    private const string CompletedProperty = "Completed";

    // An entity-group transaction holds at most 100 operations.
    private const int MaxTransactionActions = 100;

    /// <inheritdoc />
    public async Task<DeliveryClaim> ClaimDeliveryAsync(
        string conversationId, string activityId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDelivery(conversationId, activityId);
        await EnsureTablesAsync(cancellationToken);
        var partition = TableKeys.Encode(conversationId);
        var row = TableKeys.DeliveryRow(activityId);
        try
        {
            await _conversations.AddEntityAsync(DeliveryEntity(partition, row, leaseUntil), cancellationToken);
            return DeliveryClaim.Claimed;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Recorded before: completed, still held, or abandoned by an instance that died (taken over below).
        }

        var existing = await _conversations.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (!existing.HasValue)
        {
            // Released between our add and our read: the channel's retry may claim it; this copy stays out.
            return DeliveryClaim.InProgress;
        }

        var entity = existing.Value!;
        if (entity.GetBoolean(CompletedProperty) == true)
        {
            return DeliveryClaim.Completed;
        }

        if (entity.GetDateTimeOffset(LeaseUntilProperty) is { } heldUntil && heldUntil >= now)
        {
            return DeliveryClaim.InProgress;
        }

        try
        {
            // If-Match on the ETag read: of two instances taking over the same abandoned claim, one wins.
            await _conversations.UpdateEntityAsync(DeliveryEntity(partition, row, leaseUntil), entity.ETag, TableUpdateMode.Replace, cancellationToken);
            return DeliveryClaim.Claimed;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return DeliveryClaim.InProgress;
        }
    }

    /// <inheritdoc />
    public async Task CompleteDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDelivery(conversationId, activityId);
        await EnsureTablesAsync(cancellationToken);
        var entity = new TableEntity(TableKeys.Encode(conversationId), TableKeys.DeliveryRow(activityId)) { [CompletedProperty] = true };
        await _conversations.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One entity-group transaction per conversation (deliveries are partitioned by conversation) and up to
    /// <see cref="MaxTransactionActions"/> rows each, the conversations in parallel: a batch written behind the turns
    /// costs a round trip per conversation instead of one per turn.
    /// </remarks>
    public async Task CompleteDeliveriesAsync(IReadOnlyList<(string ConversationId, string ActivityId)> deliveries, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDeliveries(deliveries);
        if (deliveries.Count == 0)
        {
            return;
        }

        await EnsureTablesAsync(cancellationToken);

        // A transaction may name each row once: a delivery completed twice in the batch is written once.
        var transactions = deliveries
            .Select(d => (Partition: TableKeys.Encode(d.ConversationId), Row: TableKeys.DeliveryRow(d.ActivityId)))
            .Distinct()
            .GroupBy(d => d.Partition, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(MaxTransactionActions))
            .Select(rows => rows.Select(r => new TableTransactionAction(
                TableTransactionActionType.UpsertMerge, new TableEntity(r.Partition, r.Row) { [CompletedProperty] = true })).ToList());
        await Task.WhenAll(transactions.Select(actions => _conversations.SubmitTransactionAsync(actions, cancellationToken)));
    }

    /// <inheritdoc />
    public async Task ReleaseDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDelivery(conversationId, activityId);
        await EnsureTablesAsync(cancellationToken);
        var partition = TableKeys.Encode(conversationId);
        var row = TableKeys.DeliveryRow(activityId);
        var existing = await _conversations.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (!existing.HasValue || existing.Value!.GetBoolean(CompletedProperty) == true)
        {
            return;
        }

        try
        {
            await _conversations.DeleteEntityAsync(partition, row, existing.Value.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone already, or completed or re-claimed meanwhile: either way it is no longer ours to release.
        }
    }

    private static TableEntity DeliveryEntity(string partition, string row, DateTimeOffset leaseUntil) =>
        new(partition, row) { [LeaseUntilProperty] = leaseUntil, [CompletedProperty] = false };
}
