namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>Commands of a set-up workshop on the embedded default store: a SQLite file.</summary>
public sealed class SqliteSetUpWorkshopCommandsTests : SetUpWorkshopCommandsTests, IDisposable
{
    private readonly SqliteFolder _folder = new();

    protected override IReadOnlyDictionary<string, string?> StorageSettings => _folder.Settings;

    public void Dispose() => _folder.Dispose();
}
