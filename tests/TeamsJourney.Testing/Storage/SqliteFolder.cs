namespace TeamsJourney.Testing.Storage;

/// <summary>A temporary folder holding one test's SQLite store.</summary>
public sealed class SqliteFolder : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-tabs-").FullName;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqlitePath"] = Path.Combine(_folder, "workshops.db"),
    };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
