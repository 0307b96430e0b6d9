using TeamsJourney.Storage;
using TeamsJourney.Storage.Tests.Builders;

namespace TeamsJourney.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IWorkshopStore"/> must show. A backend's test class derives from this and says
/// how to create a fresh, empty store; xunit creates one per test. Public so other test projects can reuse it.
/// </summary>
public abstract partial class WorkshopStoreContract : IAsyncLifetime
{
    private IWorkshopStore? _store;

    /// <summary>The store under test, fresh and empty for each test.</summary>
    private protected IWorkshopStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _store = await CreateEmptyStoreAsync();

    public async Task DisposeAsync()
    {
        switch (_store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }

        await DisposeBackendAsync();
    }

    /// <summary>Creates a store that holds nothing yet (a new file, a new table prefix).</summary>
    private protected abstract Task<IWorkshopStore> CreateEmptyStoreAsync();

    /// <summary>Removes whatever <see cref="CreateEmptyStoreAsync"/> created, once the store is disposed.</summary>
    protected virtual Task DisposeBackendAsync() => Task.CompletedTask;

    /// <summary>Creates a workshop and returns its header.</summary>
    private protected async Task<WorkshopHeader> GivenAWorkshopAsync(WorkshopBuilder? workshop = null)
    {
        var header = (workshop ?? WorkshopBuilder.AWorkshop()).Build();
        Assert.True(await Store.TryCreateWorkshopAsync(header));
        return header;
    }

    /// <summary>Appends and asserts the append was written.</summary>
    private protected async Task<AppendResult> GivenAppendedAsync(
        string workshopId, string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? idempotencyKey = null)
    {
        var result = await Store.AppendAsync(workshopId, streamId, expectedVersion, events, idempotencyKey);
        Assert.Equal(AppendStatus.Appended, result.Status);
        return result;
    }

    /// <summary>The data of each event, in the order read: what the map would replay.</summary>
    private protected static string[] DataOf(IEnumerable<StoredEvent> events) => events.Select(e => e.Data).ToArray();

    private protected static string[] DataOf(IEnumerable<NewEvent> events) => events.Select(e => e.Data).ToArray();
}
