using System.Net.Sockets;
using TeamsJourney.Benchmarks.Processes;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>
/// What two host instances share: one Azurite Table service and one Redis (the SignalR backplane), both on
/// free loopback ports with their data in a temp folder, started through the project's own scripts.
/// </summary>
internal sealed class SharedStore : IDisposable
{
    // The storage emulator's well-known development account key (public, documented by Microsoft).
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly RepositoryFolders _repository;
    private readonly DirectoryInfo _folder;
    private readonly ChildProcess _azurite;
    private readonly int _azuritePort;
    private readonly int _redisPort;
    private bool _redisStarted;

    private SharedStore(RepositoryFolders repository, DirectoryInfo folder, ChildProcess azurite, int azuritePort, int redisPort)
    {
        _repository = repository;
        _folder = folder;
        _azurite = azurite;
        _azuritePort = azuritePort;
        _redisPort = redisPort;
    }

    /// <summary>Host settings that point an instance at this Azurite and Redis.</summary>
    public IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Storage__Provider"] = "AzureTables",
        ["Storage__TablesConnectionString"] =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{_azuritePort}/devstoreaccount1;",
        ["Storage__TablePrefix"] = "bench",
        ["Tabs__Redis"] = $"127.0.0.1:{_redisPort}",
    };

    public static async Task<SharedStore> StartAsync(RepositoryFolders repository)
    {
        var folder = Directory.CreateTempSubdirectory("teamsjourney-bench-store-");
        var script = Path.Combine(repository.Scripts, "azurite.sh");
        ProcessRunner.Run("bash", [script, "install"], repository.Root);
        var azuritePort = FreePort.Next();
        // azurite.sh execs node, so this child is the one Azurite process and killing it stops Azurite.
        var azurite = ChildProcess.Start("Azurite", "bash", [script, "start", azuritePort.ToString(), Path.Combine(folder.FullName, "azurite")], repository.Root, new Dictionary<string, string>());
        var store = new SharedStore(repository, folder, azurite, azuritePort, FreePort.Next());
        try
        {
            await azurite.WaitUntilReadyAsync(() => ListensAsync(azuritePort), TimeSpan.FromSeconds(60));
            ProcessRunner.Run("bash", [Path.Combine(repository.Scripts, "redis.sh"), "start", store._redisPort.ToString(), Path.Combine(folder.FullName, "redis")], repository.Root);
            store._redisStarted = true;
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_redisStarted)
        {
            ProcessRunner.Run("bash", [Path.Combine(_repository.Scripts, "redis.sh"), "stop", _redisPort.ToString(), Path.Combine(_folder.FullName, "redis")], _repository.Root);
        }

        _azurite.Dispose();
        _folder.Delete(recursive: true);
    }
}
