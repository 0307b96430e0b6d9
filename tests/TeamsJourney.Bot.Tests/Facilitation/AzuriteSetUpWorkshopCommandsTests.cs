using TeamsJourney.Bot.Tests.EndToEnd;

namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>Commands of a set-up workshop on Azure Tables, served by a real Azurite.</summary>
[Collection(AzuriteHostCollection.Name)]
public sealed class AzuriteSetUpWorkshopCommandsTests(AzuriteFixture azurite) : SetUpWorkshopCommandsTests
{
    private readonly string _prefix = "suc" + Guid.NewGuid().ToString("N")[..10];

    protected override IReadOnlyDictionary<string, string?> StorageSettings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:TablesConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = _prefix,
    };
}
