namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>The facilitator's walk on the embedded default store: a SQLite file.</summary>
public sealed class SqliteFacilitatorEndToEndTests : FacilitatorEndToEndTests, IDisposable
{
    private readonly SqliteFolder _folder = new();

    protected override IReadOnlyDictionary<string, string?> StorageSettings => _folder.Settings;

    public void Dispose() => _folder.Dispose();
}
