using System.Data;
using Microsoft.Data.Sqlite;

namespace TeamsJourney.Storage.Sqlite;

internal sealed partial class SqliteWorkshopStore
{
    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(
        string workshopId,
        string streamId,
        long expectedStreamVersion,
        IReadOnlyList<NewEvent> events,
        string? idempotencyKey,
        CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireAppend(workshopId, streamId, expectedStreamVersion, events, idempotencyKey);
        await using var connection = await OpenAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            // IMMEDIATE takes the write lock up front: the version checks below and the writes see the same state.
            await using var transaction = connection.Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            var result = await AppendInTransactionAsync(
                connection, transaction, workshopId, streamId, expectedStreamVersion, events, idempotencyKey, cancellationToken);
            if (result.IsAppended)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static async Task<AppendResult> AppendInTransactionAsync(
        SqliteLease connection,
        SqliteTransaction transaction,
        string workshopId,
        string streamId,
        long expectedStreamVersion,
        IReadOnlyList<NewEvent> events,
        string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        // SQLite serializes every write anyway, so it keeps a workshop-wide insertion order internally (the events'
        // primary key); the contract does not promise it, because Azure Tables could only give it with a shared row.
        var head = connection.Command(
            transaction, "SELECT last_sequence FROM workshops WHERE workshop_id = $workshop", ("$workshop", workshopId));
        var lastSequence = await head.ExecuteScalarAsync(cancellationToken) as long?
            ?? throw WorkshopNotFoundException.For(workshopId);

        if (idempotencyKey is not null)
        {
            var seen = connection.Command(
                transaction,
                "SELECT stream_version, last_sequence FROM idempotency_keys WHERE workshop_id = $workshop AND idempotency_key = $key",
                ("$workshop", workshopId),
                ("$key", idempotencyKey));
            await using var reader = await seen.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                return new AppendResult(AppendStatus.Duplicate, reader.GetInt64(0));
            }
        }

        var stream = connection.Command(
            transaction,
            "SELECT version FROM streams WHERE workshop_id = $workshop AND stream_id = $stream",
            ("$workshop", workshopId),
            ("$stream", streamId));
        var currentVersion = await stream.ExecuteScalarAsync(cancellationToken) as long? ?? 0;
        if (currentVersion != expectedStreamVersion)
        {
            return new AppendResult(AppendStatus.Conflict, currentVersion);
        }

        await InsertEventsAsync(connection, transaction, workshopId, streamId, expectedStreamVersion, lastSequence, events, cancellationToken);
        var newVersion = expectedStreamVersion + events.Count;
        var newLastSequence = lastSequence + events.Count;
        var writeHeads = connection.Command(
            transaction,
            """
            INSERT INTO streams (workshop_id, stream_id, version) VALUES ($workshop, $stream, $version)
            ON CONFLICT (workshop_id, stream_id) DO UPDATE SET version = excluded.version;
            UPDATE workshops SET last_sequence = $sequence WHERE workshop_id = $workshop;
            """,
            ("$workshop", workshopId),
            ("$stream", streamId),
            ("$version", newVersion),
            ("$sequence", newLastSequence));
        await writeHeads.ExecuteNonQueryAsync(cancellationToken);

        if (idempotencyKey is not null)
        {
            var record = connection.Command(
                transaction,
                """
                INSERT INTO idempotency_keys (workshop_id, idempotency_key, stream_id, stream_version, last_sequence)
                VALUES ($workshop, $key, $stream, $version, $sequence)
                """,
                ("$workshop", workshopId),
                ("$key", idempotencyKey),
                ("$stream", streamId),
                ("$version", newVersion),
                ("$sequence", newLastSequence));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        return new AppendResult(AppendStatus.Appended, newVersion);
    }

    private static async Task InsertEventsAsync(
        SqliteLease connection,
        SqliteTransaction transaction,
        string workshopId,
        string streamId,
        long expectedStreamVersion,
        long lastSequence,
        IReadOnlyList<NewEvent> events,
        CancellationToken cancellationToken)
    {
        var insert = connection.Command(
            transaction,
            $"INSERT INTO events ({EventColumns}) VALUES ($workshop, $stream, $version, $sequence, $type, $data, $actor, $occurredAt)",
            ("$workshop", workshopId),
            ("$stream", streamId),
            ("$version", 0L),
            ("$sequence", 0L),
            ("$type", string.Empty),
            ("$data", string.Empty),
            ("$actor", null),
            ("$occurredAt", string.Empty));
        for (var i = 0; i < events.Count; i++)
        {
            insert.Parameters["$version"].Value = expectedStreamVersion + i + 1;
            insert.Parameters["$sequence"].Value = lastSequence + i + 1;
            insert.Parameters["$type"].Value = events[i].Type;
            insert.Parameters["$data"].Value = events[i].Data;
            insert.Parameters["$actor"].Value = (object?)events[i].ActorId ?? DBNull.Value;
            insert.Parameters["$occurredAt"].Value = RoundTripTime.Format(events[i].OccurredAt);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
