namespace TeamsJourney.Bot.Tests.Fixtures;

/// <summary>
/// A test class with its own channel service, and hosts on a store a subclass chooses (SQLite or Azurite), so one
/// behaviour is checked on every backend. Several hosts may share the store: two instances, or one after a restart.
/// </summary>
public abstract class StoreBackedBotTest : IAsyncLifetime
{
    private readonly List<BotHost> _hosts = [];

    protected LocalChannelService Channel { get; private set; } = null!;

    /// <summary>Settings that point a host at this test's store.</summary>
    protected abstract IReadOnlyDictionary<string, string?> StorageSettings { get; }

    public async Task InitializeAsync() => Channel = await LocalChannelService.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await Channel.DisposeAsync();
    }

    /// <summary>A host instance on this test's store; disposed with the test.</summary>
    protected BotHost StartHost()
    {
        var host = new BotHost(Channel, StorageSettings);
        _hosts.Add(host);
        return host;
    }

    /// <summary>A new thread (reply chain) in the workshop channel.</summary>
    protected TeamsActivities AThread() =>
        new(Channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}");
}

/// <summary>The store a <see cref="StoreBackedBotTest"/> on SQLite uses: a fresh file per test class instance.</summary>
public sealed class SqliteTestStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-bot-").FullName;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
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

/// <summary>Settings for a <see cref="StoreBackedBotTest"/> on Azurite: a table prefix per test class instance.</summary>
public static class AzuriteTestStore
{
    public static IReadOnlyDictionary<string, string?> Settings(AzuriteFixture azurite, string prefix) => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:TablesConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = prefix,
    };
}
