using System.Data;
using Microsoft.Data.Sqlite;

namespace TeamsJourney.Storage.Sqlite;

/// <summary>
/// The embedded <see cref="IWorkshopStore"/>: one SQLite file in WAL mode, schema created on first use.
/// Appends run in one <c>BEGIN IMMEDIATE</c> transaction each, so two processes sharing the file serialize
/// instead of deadlocking; inside one process every writer (appends and the small writes beside them) also queues on
/// an async gate so no thread blocks on the lock.
/// </summary>
internal sealed partial class SqliteWorkshopStore : IWorkshopStore, IDisposable
{
    // How long a writer waits for another process's transaction before SQLite reports the file busy.
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string _connectionString;
    private readonly SqliteConnectionPool _connections;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Opens (or on first use creates) the database file at <paramref name="databasePath"/>; its folder is created if missing.</summary>
    public SqliteWorkshopStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        DatabasePath = fullPath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
        _connections = new SqliteConnectionPool(_connectionString, BusyTimeoutMilliseconds);
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public async Task<bool> TryCreateWorkshopAsync(WorkshopHeader header, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireHeader(header);
        await using var connection = await OpenAsync(cancellationToken);
        return await InsertHeaderAsync(connection, null, header, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> TryCreateWorkshopAsync(
        WorkshopHeader header, string streamId, IReadOnlyList<NewEvent> firstEvents, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireHeader(header);
        StoreArguments.RequireAppend(header.WorkshopId, streamId, 0, firstEvents, null);
        await using var connection = await OpenAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            // One IMMEDIATE transaction: the header and the first events commit together or not at all.
            await using var transaction = connection.Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            if (!await InsertHeaderAsync(connection, transaction, header, cancellationToken))
            {
                return false;
            }

            var appended = await AppendInTransactionAsync(connection, transaction, header.WorkshopId, streamId, 0, firstEvents, null, cancellationToken);
            if (!appended.IsAppended)
            {
                throw new InvalidOperationException($"Workshop '{header.WorkshopId}' was new, yet its stream '{streamId}' was not empty.");
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static async Task<bool> InsertHeaderAsync(SqliteLease connection, SqliteTransaction? transaction, WorkshopHeader header, CancellationToken cancellationToken)
    {
        var command = connection.Command(
            transaction,
            """
            INSERT INTO workshops (workshop_id, tenant_id, team_id, channel_id, title, created_at, created_at_utc_ticks)
            VALUES ($workshop, $tenant, $team, $channel, $title, $createdAt, $createdTicks)
            ON CONFLICT (workshop_id) DO NOTHING
            """,
            ("$workshop", header.WorkshopId),
            ("$tenant", header.TenantId),
            ("$team", header.TeamId),
            ("$channel", header.ChannelId),
            ("$title", header.Title),
            ("$createdAt", RoundTripTime.Format(header.CreatedAt)),
            ("$createdTicks", header.CreatedAt.UtcTicks));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<WorkshopHeader?> GetWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null,
            "SELECT workshop_id, tenant_id, team_id, channel_id, title, created_at FROM workshops WHERE workshop_id = $workshop",
            ("$workshop", workshopId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadHeader(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkshopHeader>> ListWorkshopsAsync(
        string tenantId, string? teamId, string? channelId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireEncodedId(tenantId, nameof(tenantId));
        StoreArguments.OptionalId(teamId, nameof(teamId));
        StoreArguments.OptionalId(channelId, nameof(channelId));
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null,
            """
            SELECT workshop_id, tenant_id, team_id, channel_id, title, created_at FROM workshops
            WHERE tenant_id = $tenant
              AND ($team IS NULL OR team_id = $team)
              AND ($channel IS NULL OR channel_id = $channel)
            ORDER BY created_at_utc_ticks, workshop_id
            """,
            ("$tenant", tenantId),
            ("$team", teamId),
            ("$channel", channelId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var headers = new List<WorkshopHeader>();
        while (await reader.ReadAsync(cancellationToken))
        {
            headers.Add(ReadHeader(reader));
        }

        return headers;
    }

    /// <summary>Releases the pooled connections so the database file can be moved or deleted.</summary>
    public void Dispose()
    {
        _connections.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _schemaGate.Dispose();
        _writeGate.Dispose();
    }

    private static WorkshopHeader ReadHeader(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetNullableString(2),
        reader.GetNullableString(3),
        reader.GetString(4),
        RoundTripTime.Parse(reader.GetString(5)));

    private async Task<SqliteLease> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await EnsureSchemaAsync(cancellationToken);
        }

        return await _connections.RentAsync(cancellationToken);
    }

    /// <summary>
    /// A connection for a write outside an append's transaction (a delivery claim, a member seen, a binding): it holds
    /// the in-process write gate until disposed, so writers of this process queue without blocking a thread, instead of
    /// meeting the file's write lock and sleeping in SQLite's busy handler until the append holding it commits.
    /// </summary>
    private async Task<SqliteLease> OpenWriterAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await EnsureSchemaAsync(cancellationToken);
        }

        await _writeGate.WaitAsync(cancellationToken);
        return await _connections.RentAsync(cancellationToken, _writeGate);
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await using var lease = await _connections.RentAsync(cancellationToken);
            var connection = lease.Connection;
            await using (var pragmas = connection.CreateCommand(null, SqliteSchema.Pragmas))
            {
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var transaction = connection.BeginTransaction(deferred: false))
            {
                await using var tables = connection.CreateCommand(transaction, SqliteSchema.Tables);
                await tables.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
