namespace TeamsJourney.Storage.Sqlite;

internal sealed partial class SqliteWorkshopStore
{
    /// <inheritdoc />
    public async Task SaveDueAtAsync(string workshopId, DateTimeOffset? dueAt, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await using var connection = await OpenWriterAsync(cancellationToken);
        var command = dueAt is { } due
            ? connection.Command(
                null,
                """
                INSERT INTO schedule (workshop_id, due_at_utc_ticks) VALUES ($workshop, $due)
                ON CONFLICT (workshop_id) DO UPDATE SET due_at_utc_ticks = excluded.due_at_utc_ticks
                """,
                ("$workshop", workshopId),
                ("$due", due.UtcTicks))
            : connection.Command(null, "DELETE FROM schedule WHERE workshop_id = $workshop", ("$workshop", workshopId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null,
            "SELECT workshop_id FROM schedule WHERE due_at_utc_ticks <= $dueBy ORDER BY due_at_utc_ticks, workshop_id",
            ("$dueBy", dueBy.UtcTicks));
        var due = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(reader.GetString(0));
        }

        return due;
    }
}
