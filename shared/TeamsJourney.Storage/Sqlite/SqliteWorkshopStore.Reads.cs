using Microsoft.Data.Sqlite;

namespace TeamsJourney.Storage.Sqlite;

internal sealed partial class SqliteWorkshopStore
{
    private const string EventColumns =
        "workshop_id, stream_id, stream_version, sequence, type, data, actor_id, occurred_at";

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(
        string workshopId, string streamId, long afterStreamVersion = 0, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        StoreArguments.RequireKeyId(streamId, nameof(streamId));
        ArgumentOutOfRangeException.ThrowIfNegative(afterStreamVersion);
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null,
            $"""
            SELECT {EventColumns} FROM events
            WHERE workshop_id = $workshop AND stream_id = $stream AND stream_version > $after
            ORDER BY stream_version
            """,
            ("$workshop", workshopId),
            ("$stream", streamId),
            ("$after", afterStreamVersion));
        return await ReadEventsAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null, $"SELECT {EventColumns} FROM events WHERE workshop_id = $workshop", ("$workshop", workshopId));
        var events = await ReadEventsAsync(command, cancellationToken);

        // Sorted here rather than in SQL so both backends agree on UTF-16 ordinal order of stream ids.
        return [.. events.OrderBy(e => e.StreamId, StringComparer.Ordinal).ThenBy(e => e.StreamVersion)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> ReadStreamVersionsAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null, "SELECT stream_id, version FROM streams WHERE workshop_id = $workshop", ("$workshop", workshopId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions[reader.GetString(0)] = reader.GetInt64(1);
        }

        return versions;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListStreamsAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null, "SELECT stream_id FROM streams WHERE workshop_id = $workshop", ("$workshop", workshopId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var streams = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            streams.Add(reader.GetString(0));
        }

        // Sorted here rather than in SQL so both backends agree on UTF-16 ordinal order.
        streams.Sort(StringComparer.Ordinal);
        return streams;
    }

    /// <inheritdoc />
    public async Task<bool> HasProcessedAsync(string workshopId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        StoreArguments.RequireEncodedId(idempotencyKey, nameof(idempotencyKey));
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null,
            "SELECT 1 FROM idempotency_keys WHERE workshop_id = $workshop AND idempotency_key = $key",
            ("$workshop", workshopId),
            ("$key", idempotencyKey));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new StoredEvent(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetNullableString(6),
                RoundTripTime.Parse(reader.GetString(7))));
        }

        return events;
    }
}
