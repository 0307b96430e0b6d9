using TeamsJourney.Bot.Tests.EndToEnd;

namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>The facilitator's walk on Azure Tables, served by a real Azurite.</summary>
[Collection(AzuriteHostCollection.Name)]
public sealed class AzuriteFacilitatorEndToEndTests(AzuriteFixture azurite) : FacilitatorEndToEndTests
{
    private readonly string _prefix = "fac" + Guid.NewGuid().ToString("N")[..10];

    protected override IReadOnlyDictionary<string, string?> StorageSettings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:TablesConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = _prefix,
    };
}
