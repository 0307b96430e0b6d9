using TeamsJourney.Testing.Redis;
using TeamsJourney.Testing.Storage;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>
/// What two host instances share: one Azurite Table service and one Redis (the SignalR backplane), both on
/// free loopback ports with their data in a temp folder: the same fixtures the tests start (tests/TeamsJourney.Testing).
/// </summary>
internal sealed class SharedStore : IDisposable
{
    private readonly AzuriteFixture _azurite = new();
    private readonly RedisFixture _redis = new();
    private bool _azuriteStarted;
    private bool _redisStarted;

    private SharedStore()
    {
    }

    /// <summary>Host settings that point an instance at this Azurite and Redis.</summary>
    public IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Storage__Provider"] = "AzureTables",
        ["Storage__TablesConnectionString"] = _azurite.ConnectionString,
        ["Storage__TablePrefix"] = "bench",
        ["Tabs__Redis"] = _redis.ConnectionString,
    };

    public static async Task<SharedStore> StartAsync(RepositoryFolders repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var store = new SharedStore();
        try
        {
            await store._azurite.InitializeAsync();
            store._azuriteStarted = true;
            await store._redis.InitializeAsync();
            store._redisStarted = true;
            return store;
        }
        catch (InvalidOperationException error)
        {
            store.Dispose();
            throw new BenchmarkFailedException(error.Message, error);
        }
    }

    public void Dispose()
    {
        // A console program has no synchronization context, so waiting here cannot deadlock.
        if (_redisStarted)
        {
            _redis.DisposeAsync().GetAwaiter().GetResult();
        }

        if (_azuriteStarted)
        {
            _azurite.DisposeAsync().GetAwaiter().GetResult();
        }
    }
}
