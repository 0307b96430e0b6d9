using TeamsJourney.Testing.Packages;

namespace TeamsJourney.Testing.Redis;

/// <summary>
/// A real Debian redis-server for a test collection: installed with apt when missing, started by
/// <c>scripts/redis.sh</c> on a free 127.0.0.1 port, and stopped on dispose.
/// </summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-redis-").FullName;
    private string _script = string.Empty;

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        await RedisInstallation.EnsureInstalledAsync();
        _script = Path.Combine(RepositoryPaths.Scripts, "redis.sh");
        Port = LoopbackPort.Free();
        await RunAsync("start", TimeSpan.FromMinutes(3));
    }

    public async Task DisposeAsync()
    {
        await RunAsync("stop", TimeSpan.FromSeconds(30));
        Directory.Delete(_folder, recursive: true);
    }

    private async Task RunAsync(string verb, TimeSpan timeout)
    {
        var outcome = await ProcessRunner.RunAsync("bash", [_script, verb, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), _folder], RepositoryPaths.Root, timeout);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{_script} {verb}' exited {outcome.ExitCode}: {outcome.Output}");
        }
    }
}
