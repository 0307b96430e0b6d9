using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TeamsJourney.Storage.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Fixtures;

/// <summary>
/// A real Debian redis-server for a test collection: <c>scripts/redis.sh</c> installs it when missing and
/// starts it on a free 127.0.0.1 port; it is stopped on dispose.
/// </summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-redis-").FullName;
    private string _script = string.Empty;

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        _script = Path.Combine(RepositoryRoot.Find(), "scripts", "redis.sh");
        Port = FreeLoopbackPort();
        await RunAsync("start", TimeSpan.FromMinutes(3));
    }

    public async Task DisposeAsync()
    {
        await RunAsync("stop", TimeSpan.FromSeconds(30));
        Directory.Delete(_folder, recursive: true);
    }

    private async Task RunAsync(string verb, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash", [_script, verb, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), _folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run {_script}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{_script} {verb}' exited {process.ExitCode}: {await stdout}{await stderr}");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class ScaleOutCollection : ICollectionFixture<RedisFixture>, ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Redis and Azurite";
}
