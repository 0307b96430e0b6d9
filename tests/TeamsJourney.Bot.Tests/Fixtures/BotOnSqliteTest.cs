namespace TeamsJourney.Bot.Tests.Fixtures;

/// <summary>
/// A test class with its own channel service and host on a fresh SQLite file, started before each test
/// and removed after it.
/// </summary>
public abstract class BotOnSqliteTest : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-bot-").FullName;

    protected LocalChannelService Channel { get; private set; } = null!;

    protected BotHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await LocalChannelService.StartAsync();
        Host = new BotHost(Channel, new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(_folder, "workshops.db") });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new thread (reply chain) in the workshop channel.</summary>
    protected TeamsActivities AThread() =>
        new(Channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}");
}
