namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>The end-to-end walk on the embedded default store: a SQLite file.</summary>
public sealed class SqliteEndToEndTests : BotEndToEndTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-e2e-").FullName;

    protected override IReadOnlyDictionary<string, string?> StorageSettings => new Dictionary<string, string?>
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
