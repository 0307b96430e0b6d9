namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>Commands of a set-up workshop on the embedded default store: a SQLite file.</summary>
public sealed class SqliteSetUpWorkshopCommandsTests : SetUpWorkshopCommandsTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-setup-commands-").FullName;

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
