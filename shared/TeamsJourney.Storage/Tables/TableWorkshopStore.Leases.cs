using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    private const string HolderProperty = "Holder";
    private const string TakenAtProperty = "TakenAt";
    private const string HeldUntilProperty = "HeldUntil";
    private const string ReleasedProperty = "Released";

    /// <inheritdoc />
    public async Task<LeaseTake> TryTakeLeaseAsync(
        string workshopId, string leaseName, string holder, DateTimeOffset now, DateTimeOffset heldUntil, TimeSpan minimumInterval, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireLease(workshopId, leaseName, holder);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumInterval, TimeSpan.Zero);
        await EnsureTablesAsync(cancellationToken);

        // The lease is a row in the workshop's partition, so the workshop's deletion takes it along.
        var row = TableKeys.LeaseRow(leaseName);
        var mine = new WorkshopLease(holder, now, heldUntil, Released: false);
        var existing = await _workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, row, cancellationToken: cancellationToken);
        try
        {
            if (!existing.HasValue)
            {
                await _workshops.AddEntityAsync(LeaseEntity(workshopId, row, mine), cancellationToken);
                return new LeaseTake(true, mine);
            }

            var current = ToLease(existing.Value!);
            if (current.IsHeldAt(now) || current.TakenAt > now - minimumInterval)
            {
                return new LeaseTake(false, current);
            }

            // If-Match on the ETag read: of two instances taking the free lease, one wins.
            await _workshops.UpdateEntityAsync(LeaseEntity(workshopId, row, mine), existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
            return new LeaseTake(true, mine);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another instance took it between our read and our write.
            var winner = await GetLeaseAsync(workshopId, leaseName, cancellationToken);
            return new LeaseTake(false, winner ?? mine with { Released = true });
        }
    }

    /// <inheritdoc />
    public async Task<WorkshopLease?> GetLeaseAsync(string workshopId, string leaseName, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireLease(workshopId, leaseName, holder: "reader");
        await EnsureTablesAsync(cancellationToken);
        var existing = await _workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, TableKeys.LeaseRow(leaseName), cancellationToken: cancellationToken);
        return existing.HasValue ? ToLease(existing.Value!) : null;
    }

    /// <inheritdoc />
    public async Task ReleaseLeaseAsync(string workshopId, string leaseName, string holder, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireLease(workshopId, leaseName, holder);
        await EnsureTablesAsync(cancellationToken);
        var row = TableKeys.LeaseRow(leaseName);
        var existing = await _workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, row, cancellationToken: cancellationToken);
        if (!existing.HasValue || ToLease(existing.Value!) is not { Released: false } current || current.Holder != holder)
        {
            return;
        }

        try
        {
            await _workshops.UpdateEntityAsync(LeaseEntity(workshopId, row, current with { Released = true }), existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Taken over (our lease had run out) or deleted with the workshop: no longer ours to give back.
        }
    }

    private static TableEntity LeaseEntity(string workshopId, string row, WorkshopLease lease) => new(workshopId, row)
    {
        [HolderProperty] = lease.Holder,
        [TakenAtProperty] = lease.TakenAt.ToUniversalTime(),
        [HeldUntilProperty] = lease.HeldUntil.ToUniversalTime(),
        [ReleasedProperty] = lease.Released,
    };

    private static WorkshopLease ToLease(TableEntity entity) => new(
        WorkshopEntities.RequireString(entity, HolderProperty),
        entity.GetDateTimeOffset(TakenAtProperty) ?? DateTimeOffset.MinValue,
        entity.GetDateTimeOffset(HeldUntilProperty) ?? DateTimeOffset.MinValue,
        entity.GetBoolean(ReleasedProperty) ?? false);
}
