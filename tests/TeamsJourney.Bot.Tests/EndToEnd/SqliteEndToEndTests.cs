namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>The end-to-end walk on the embedded default store: a SQLite file.</summary>
public sealed class SqliteEndToEndTests : BotEndToEndTests, IDisposable
{
    private readonly SqliteFolder _folder = new();

    protected override IReadOnlyDictionary<string, string?> StorageSettings => _folder.Settings;

    public void Dispose() => _folder.Dispose();
}
