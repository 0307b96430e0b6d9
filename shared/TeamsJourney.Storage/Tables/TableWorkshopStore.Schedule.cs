using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    // One partition: the timer reads it with one query, and there is one row per workshop with a running time box.
    private const string SchedulePartition = "due";
    private const string DueAtTicks = "DueAtUtcTicks";

    /// <inheritdoc />
    public async Task SaveDueAtAsync(string workshopId, DateTimeOffset? dueAt, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await EnsureTablesAsync(cancellationToken);
        if (dueAt is { } due)
        {
            var row = new TableEntity(SchedulePartition, workshopId) { [DueAtTicks] = due.UtcTicks };
            await _schedule.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            return;
        }

        try
        {
            await _schedule.DeleteEntityAsync(SchedulePartition, workshopId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing was scheduled: forgetting it is already done.
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SchedulePartition} and DueAtUtcTicks le {dueBy.UtcTicks}");
        var due = new List<(long Ticks, string WorkshopId)>();
        await foreach (var row in _schedule.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            due.Add((row.GetInt64(DueAtTicks) ?? 0, row.RowKey));
        }

        return [.. due.OrderBy(d => d.Ticks).ThenBy(d => d.WorkshopId, StringComparer.Ordinal).Select(d => d.WorkshopId)];
    }
}
