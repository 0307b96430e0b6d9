using TeamsJourney.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;
using static TeamsJourney.Storage.Tests.Builders.WorkshopBuilder;

namespace TeamsJourney.Storage.Tests.Sqlite;

/// <summary>What only the SQLite backend promises: a durable file in WAL mode that several stores can share.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("teamsjourney-sqlite-");

    private string DatabasePath => Path.Combine(_folder.FullName, "nested", "workshops.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task First_use_creates_the_folder_and_a_database_in_WAL_mode()
    {
        using (var store = new SqliteWorkshopStore(DatabasePath))
        {
            await store.TryCreateWorkshopAsync(AWorkshop().Build());
        }

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Every_pooled_connection_syncs_at_checkpoints_not_on_every_commit()
    {
        // synchronous is a setting of the connection, not the file: a pooled connection that missed it would sync
        // the WAL to disk on every commit (SQLite's default FULL = 2; NORMAL = 1).
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        using var pool = new SqliteConnectionPool($"Data Source={DatabasePath}", busyTimeoutMilliseconds: 5000);
        await using var first = await pool.RentAsync(CancellationToken.None);
        await using var second = await pool.RentAsync(CancellationToken.None);

        foreach (var lease in new[] { first, second })
        {
            await using var command = lease.Connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Events_written_by_one_store_are_read_by_a_new_store_on_the_same_file()
    {
        var workshop = AWorkshop().Build();
        using (var writer = new SqliteWorkshopStore(DatabasePath))
        {
            await writer.TryCreateWorkshopAsync(workshop);
            await writer.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(2), idempotencyKey: null);
        }

        using var reader = new SqliteWorkshopStore(DatabasePath);

        Assert.Equal(2, (await reader.ReadWorkshopAsync(workshop.WorkshopId)).Count);
    }

    [Fact]
    public async Task Two_stores_on_one_file_appending_at_once_both_land_every_event_in_version_order()
    {
        var workshop = AWorkshop().Build();
        using var first = new SqliteWorkshopStore(DatabasePath);
        using var second = new SqliteWorkshopStore(DatabasePath);
        await first.TryCreateWorkshopAsync(workshop);

        await Task.WhenAll(
            AppendManyAsync(first, workshop.WorkshopId, "group-1"),
            AppendManyAsync(second, workshop.WorkshopId, "group-2"));

        var all = await first.ReadWorkshopAsync(workshop.WorkshopId);
        Assert.Equal(20, all.Count);
        Assert.All(all.GroupBy(e => e.StreamId), stream => Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), stream.Select(e => e.StreamVersion)));
    }

    [Fact]
    public async Task Append_waits_while_another_process_holds_the_write_lock_then_lands()
    {
        var workshop = AWorkshop().Build();
        using var store = new SqliteWorkshopStore(DatabasePath);
        await store.TryCreateWorkshopAsync(workshop);
        await using var otherProcess = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await otherProcess.OpenAsync();
        await using var otherWrite = otherProcess.BeginTransaction(deferred: false);

        var append = Task.Run(() => store.AppendAsync(workshop.WorkshopId, "group-1", 0, Events(1), idempotencyKey: null));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var finishedWhileLocked = append.IsCompleted;
        await otherWrite.CommitAsync();

        Assert.False(finishedWhileLocked);
        Assert.Equal(AppendStatus.Appended, (await append).Status);
    }

    [Fact]
    public void Constructor_with_a_blank_path_throws_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new SqliteWorkshopStore(" "));
    }

    private static Task AppendManyAsync(SqliteWorkshopStore store, string workshopId, string streamId) => Task.Run(async () =>
    {
        for (var version = 0; version < 10; version++)
        {
            var result = await store.AppendAsync(workshopId, streamId, version, Events(1), idempotencyKey: null);
            Assert.True(result.IsAppended);
        }
    });
}
