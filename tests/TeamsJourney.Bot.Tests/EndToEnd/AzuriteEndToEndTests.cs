namespace TeamsJourney.Bot.Tests.EndToEnd;

[CollectionDefinition(Name)]
public sealed class AzuriteHostCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Bot on Azurite";
}

/// <summary>The same end-to-end walk on Azure Tables, served by a real Azurite.</summary>
[Collection(AzuriteHostCollection.Name)]
public sealed class AzuriteEndToEndTests(AzuriteFixture azurite) : BotEndToEndTests
{
    // A prefix per test class instance keeps runs apart in one Azurite.
    private readonly string _prefix = "e2e" + Guid.NewGuid().ToString("N")[..10];

    protected override IReadOnlyDictionary<string, string?> StorageSettings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:TablesConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = _prefix,
    };
}
