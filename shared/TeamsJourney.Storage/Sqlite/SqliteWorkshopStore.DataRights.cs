using System.Data;
using Microsoft.Data.Sqlite;

namespace TeamsJourney.Storage.Sqlite;

internal sealed partial class SqliteWorkshopStore
{
    private const string HeaderColumns = "workshop_id, tenant_id, team_id, channel_id, title, created_at";

    /// <inheritdoc />
    public async Task<bool> DeleteWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await using var connection = await OpenAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            // One transaction: the workshop is either whole or gone. The people seen in its conversations and the
            // delivery claims there go with the bindings (they are keyed by conversation, not by workshop).
            await using var transaction = connection.Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            var delete = connection.Command(
                transaction,
                """
                DELETE FROM events WHERE workshop_id = $workshop;
                DELETE FROM streams WHERE workshop_id = $workshop;
                DELETE FROM idempotency_keys WHERE workshop_id = $workshop;
                DELETE FROM conversation_members WHERE conversation_id IN (SELECT conversation_id FROM conversations WHERE workshop_id = $workshop);
                DELETE FROM deliveries WHERE conversation_id IN (SELECT conversation_id FROM conversations WHERE workshop_id = $workshop);
                DELETE FROM conversations WHERE workshop_id = $workshop;
                DELETE FROM schedule WHERE workshop_id = $workshop;
                DELETE FROM leases WHERE workshop_id = $workshop;
                """,
                ("$workshop", workshopId));
            await delete.ExecuteNonQueryAsync(cancellationToken);
            var head = connection.Command(transaction, "DELETE FROM workshops WHERE workshop_id = $workshop", ("$workshop", workshopId));
            var deleted = await head.ExecuteNonQueryAsync(cancellationToken) == 1;
            await transaction.CommitAsync(cancellationToken);
            return deleted;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkshopHeader>> ListAllWorkshopsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(null, $"SELECT {HeaderColumns} FROM workshops ORDER BY created_at_utc_ticks, workshop_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var headers = new List<WorkshopHeader>();
        while (await reader.ReadAsync(cancellationToken))
        {
            headers.Add(ReadHeader(reader));
        }

        return headers;
    }

    /// <inheritdoc />
    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireAudit(entry);
        await using var connection = await OpenWriterAsync(cancellationToken);
        var command = connection.Command(
            null,
            """
            INSERT INTO audit (workshop_id, tenant_id, action, actor_id, actor_name, occurred_at, detail)
            VALUES ($workshop, $tenant, $action, $actor, $actorName, $occurredAt, $detail)
            """,
            ("$workshop", entry.WorkshopId),
            ("$tenant", entry.TenantId),
            ("$action", entry.Action),
            ("$actor", entry.ActorId),
            ("$actorName", entry.ActorName),
            ("$occurredAt", RoundTripTime.Format(entry.OccurredAt)),
            ("$detail", entry.Detail));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null,
            "SELECT workshop_id, tenant_id, action, actor_id, actor_name, occurred_at, detail FROM audit WHERE workshop_id = $workshop ORDER BY id",
            ("$workshop", workshopId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                RoundTripTime.Parse(reader.GetString(5)), reader.GetNullableString(6)));
        }

        return entries;
    }
}
