using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace TeamsJourney.Storage.Sqlite;

/// <summary>
/// Open connections kept for reuse, each with its statements prepared once. A card turn makes several small
/// queries; opening a connection for each (with its PRAGMA) and parsing each statement again cost more than the
/// queries themselves, and an open connection keeps its page cache between them.
/// </summary>
internal sealed class SqliteConnectionPool(string connectionString, int busyTimeoutMilliseconds) : IDisposable
{
    // Enough for every concurrent reader on a small host; more are opened when needed and closed on return.
    private const int MaxIdle = 32;

    private readonly ConcurrentBag<PreparedConnection> _idle = [];
    private int _idleCount;

    /// <summary>
    /// An open connection for the caller alone until the lease is disposed; with <paramref name="heldGate"/> (already
    /// entered by the caller) disposing the lease also releases that gate.
    /// </summary>
    public async Task<SqliteLease> RentAsync(CancellationToken cancellationToken, SemaphoreSlim? heldGate = null)
    {
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return new SqliteLease(this, idle, heldGate);
        }

        try
        {
            return new SqliteLease(this, await PreparedConnection.OpenAsync(connectionString, busyTimeoutMilliseconds, cancellationToken), heldGate);
        }
        catch
        {
            heldGate?.Release();
            throw;
        }
    }

    internal void Return(PreparedConnection connection)
    {
        if (Interlocked.Increment(ref _idleCount) <= MaxIdle)
        {
            _idle.Add(connection);
            return;
        }

        Interlocked.Decrement(ref _idleCount);
        connection.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}

/// <summary>A connection borrowed from <see cref="SqliteConnectionPool"/>; disposing it gives it back.</summary>
internal sealed class SqliteLease(SqliteConnectionPool pool, PreparedConnection prepared, SemaphoreSlim? heldGate = null) : IAsyncDisposable
{
    public SqliteConnection Connection => prepared.Connection;

    /// <summary>The prepared command for <paramref name="sql"/> with these parameter values; owned by the connection, never disposed by the caller.</summary>
    public SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters) =>
        prepared.Command(transaction, sql, parameters);

    public ValueTask DisposeAsync()
    {
        pool.Return(prepared);
        heldGate?.Release();
        return ValueTask.CompletedTask;
    }
}

/// <summary>An open connection and the statements prepared on it, by SQL text.</summary>
internal sealed class PreparedConnection : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private PreparedConnection(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    public static async Task<PreparedConnection> OpenAsync(string connectionString, int busyTimeoutMilliseconds, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Both settings belong to the connection, not the file, so every pooled connection sets them. Without
            // synchronous = NORMAL a connection keeps SQLite's default FULL, which in WAL mode syncs the log to disk on
            // every commit (a quarter of a card turn's kernel time). NORMAL syncs at checkpoints: a commit survives the
            // process being killed; only a power cut can take back the last commits before the next checkpoint.
            await using var pragma = connection.CreateCommand(null, $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return new PreparedConnection(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public SqliteCommand Command(SqliteTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand(null, sql, parameters);
            _commands.Add(sql, command);
        }
        else
        {
            foreach (var (name, value) in parameters)
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
        }

        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }
}
