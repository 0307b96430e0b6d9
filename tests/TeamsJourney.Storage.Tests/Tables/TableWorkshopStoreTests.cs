using TeamsJourney.Storage.Tables;
using Azure.Data.Tables;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Tests.Fixtures;

namespace TeamsJourney.Storage.Tests.Tables;

/// <summary>The contract against a real Azurite Table service, with its own table prefix per test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableWorkshopStoreTests(AzuriteFixture azurite) : WorkshopStoreContract
{
    private readonly string _tablePrefix = "t" + Guid.NewGuid().ToString("N");
    private TableWorkshopStore? _store;

    private protected override Task<IWorkshopStore> CreateEmptyStoreAsync()
    {
        _store = new TableWorkshopStore(azurite.ConnectionString, _tablePrefix);
        return Task.FromResult<IWorkshopStore>(_store);
    }

    protected override async Task DisposeBackendAsync()
    {
        if (_store is null)
        {
            return;
        }

        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in new[] { _store.WorkshopsTableName, _store.WorkshopIndexTableName, _store.ConversationsTableName })
        {
            await service.DeleteTableAsync(table);
        }
    }
}
