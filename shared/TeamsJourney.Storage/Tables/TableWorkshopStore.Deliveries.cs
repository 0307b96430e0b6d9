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

        // The claim row and the completion row, read side by side (only a redelivery or a takeover comes here).
        var claimRead = _conversations.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        var completed = await IsCompletedAsync(partition, activityId, cancellationToken);
        var existing = await claimRead;
        if (completed)
        {
            return DeliveryClaim.Completed;
        }

        if (!existing.HasValue)
        {
            // Released between our add and our read: the channel's retry may claim it; this copy stays out.
            return DeliveryClaim.InProgress;
        }

        var entity = existing.Value!;
        if (entity.GetBoolean(CompletedProperty) == true)
        {
            // Completed before completions had rows of their own.
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
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return DeliveryClaim.InProgress;
        }

        // A completion is not on the claim row, so its ETag does not show one stored since the read above: look again.
        return await IsCompletedAsync(partition, activityId, cancellationToken) ? DeliveryClaim.Completed : DeliveryClaim.Claimed;
    }

    /// <inheritdoc />
    public async Task CompleteDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDelivery(conversationId, activityId);
        await EnsureTablesAsync(cancellationToken);
        await _conversations.UpsertEntityAsync(DeliveredEntity(TableKeys.Encode(conversationId), activityId), TableUpdateMode.Replace, cancellationToken);
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
            .Select(d => (Partition: TableKeys.Encode(d.ConversationId), d.ActivityId))
            .Distinct()
            .GroupBy(d => d.Partition, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(MaxTransactionActions))
            .Select(rows => rows.Select(r => new TableTransactionAction(
                TableTransactionActionType.UpsertReplace, DeliveredEntity(r.Partition, r.ActivityId))).ToList());
        await Task.WhenAll(transactions.Select(actions => _conversations.SubmitTransactionAsync(actions, cancellationToken)));
    }

    /// <inheritdoc />
    public async Task ReleaseDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDelivery(conversationId, activityId);
        await EnsureTablesAsync(cancellationToken);
        var partition = TableKeys.Encode(conversationId);
        var row = TableKeys.DeliveryRow(activityId);
        var claimRead = _conversations.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        var completed = await IsCompletedAsync(partition, activityId, cancellationToken);
        var existing = await claimRead;
        if (completed || !existing.HasValue || existing.Value!.GetBoolean(CompletedProperty) == true)
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

    private async Task<bool> IsCompletedAsync(string partition, string activityId, CancellationToken cancellationToken) =>
        (await _conversations.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.DeliveredRow(activityId), [CompletedProperty], cancellationToken)).HasValue;

    // A completion is a row of its own, added beside the claim rather than merged into it. Azure Tables does either in
    // one write; Azurite (the local and CI store) finds an updated row in its key indexes by walking them, so an update
    // costs it time in proportion to the table, an insert does not (tests/bench/README.md, 2026-12-08).
    private static TableEntity DeliveredEntity(string partition, string activityId) =>
        new(partition, TableKeys.DeliveredRow(activityId)) { [CompletedProperty] = true };

    private static TableEntity DeliveryEntity(string partition, string row, DateTimeOffset leaseUntil) =>
        new(partition, row) { [LeaseUntilProperty] = leaseUntil, [CompletedProperty] = false };
}
