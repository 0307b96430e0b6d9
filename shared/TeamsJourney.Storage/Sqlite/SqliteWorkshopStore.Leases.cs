namespace TeamsJourney.Storage.Sqlite;

internal sealed partial class SqliteWorkshopStore
{
    /// <inheritdoc />
    public async Task<LeaseTake> TryTakeLeaseAsync(
        string workshopId, string leaseName, string holder, DateTimeOffset now, DateTimeOffset heldUntil, TimeSpan minimumInterval, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireLease(workshopId, leaseName, holder);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumInterval, TimeSpan.Zero);
        await using var connection = await OpenAsync(cancellationToken);

        // One statement decides, under the file's write lock: two instances cannot both take the lease.
        var take = connection.Command(
            null,
            """
            INSERT INTO leases (workshop_id, name, holder, taken_at_utc_ticks, held_until_utc_ticks, released)
            VALUES ($workshop, $name, $holder, $now, $heldUntil, 0)
            ON CONFLICT (workshop_id, name) DO UPDATE SET
                holder = excluded.holder, taken_at_utc_ticks = excluded.taken_at_utc_ticks,
                held_until_utc_ticks = excluded.held_until_utc_ticks, released = 0
            WHERE (leases.released = 1 OR leases.held_until_utc_ticks < $now) AND leases.taken_at_utc_ticks <= $takenBy
            """,
            ("$workshop", workshopId),
            ("$name", leaseName),
            ("$holder", holder),
            ("$now", now.UtcTicks),
            ("$heldUntil", heldUntil.UtcTicks),
            ("$takenBy", (now - minimumInterval).UtcTicks));
        var taken = await take.ExecuteNonQueryAsync(cancellationToken) == 1;
        var lease = await ReadLeaseAsync(connection, workshopId, leaseName, cancellationToken)
            ?? new WorkshopLease(holder, now, heldUntil, Released: false);
        return new LeaseTake(taken, lease);
    }

    /// <inheritdoc />
    public async Task<WorkshopLease?> GetLeaseAsync(string workshopId, string leaseName, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireLease(workshopId, leaseName, holder: "reader");
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadLeaseAsync(connection, workshopId, leaseName, cancellationToken);
    }

    /// <inheritdoc />
    public async Task ReleaseLeaseAsync(string workshopId, string leaseName, string holder, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireLease(workshopId, leaseName, holder);
        await using var connection = await OpenAsync(cancellationToken);
        var release = connection.Command(
            null,
            "UPDATE leases SET released = 1 WHERE workshop_id = $workshop AND name = $name AND holder = $holder",
            ("$workshop", workshopId),
            ("$name", leaseName),
            ("$holder", holder));
        await release.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<WorkshopLease?> ReadLeaseAsync(SqliteLease connection, string workshopId, string leaseName, CancellationToken cancellationToken)
    {
        var read = connection.Command(
            null,
            "SELECT holder, taken_at_utc_ticks, held_until_utc_ticks, released FROM leases WHERE workshop_id = $workshop AND name = $name",
            ("$workshop", workshopId),
            ("$name", leaseName));
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new WorkshopLease(
                reader.GetString(0),
                new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero),
                new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero),
                reader.GetInt64(3) != 0)
            : null;
    }
}
