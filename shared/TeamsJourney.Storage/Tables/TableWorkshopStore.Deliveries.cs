using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    private const string LeaseUntilProperty = "LeaseUntil";
    private const string CompletedProperty = "Completed";

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
