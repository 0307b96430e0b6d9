using TeamsJourney.Storage.Sqlite;
using TeamsJourney.Storage;

namespace TeamsJourney.Storage.Tests.Sqlite;

/// <summary>The contract against a SQLite file of its own per test.</summary>
public sealed class SqliteWorkshopStoreTests : WorkshopStoreContract
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("teamsjourney-sqlite-");

    private protected override Task<IWorkshopStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IWorkshopStore>(new SqliteWorkshopStore(Path.Combine(_folder.FullName, "data", "workshops.db")));

    protected override Task DisposeBackendAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
