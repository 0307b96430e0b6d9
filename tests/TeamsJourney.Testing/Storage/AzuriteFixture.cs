using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TeamsJourney.Testing.Storage;

/// <summary>
/// A real Azurite Table service for the lifetime of a test collection: installs azurite through
/// <c>scripts/azurite.sh install</c> when missing, starts one node process on a free loopback port with its data in
/// a temporary folder, and stops it (and removes the folder) on dispose. Test projects use it through their own
/// <c>ICollectionFixture&lt;AzuriteFixture&gt;</c> (collection definitions live in the test assembly).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The storage emulator's well-known development account key (public, documented by Microsoft).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>When "1", Azurite keeps its tables in memory only (no periodic save of the whole database to disk).</summary>
    public const string InMemoryVariable = "TEAMSJOURNEY_AZURITE_IN_MEMORY";

    private readonly ConcurrentQueue<string> _output = new();
    private Process? _azurite;
    private DirectoryInfo? _location;

    /// <summary>The loopback port the Table service listens on.</summary>
    public int Port { get; private set; }

    /// <summary>A connection string for the devstoreaccount1 account on this Azurite.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        var toolsFolder = await InstallAsync(RepositoryPaths.Root);
        var entryPoint = Path.Combine(toolsFolder, "node_modules", "azurite", "dist", "src", "table", "main.js");
        _location = Directory.CreateTempSubdirectory("teamsjourney-azurite-");

        // A port picked free can be taken before node binds it; another port then usually works.
        for (var attempt = 1; ; attempt++)
        {
            Port = LoopbackPort.Free();
            _azurite = Start(entryPoint, Port, _location.FullName);
            if (await WaitUntilListeningAsync(_azurite, Port))
            {
                return;
            }

            StopAzurite();
            if (attempt == 3)
            {
                throw new InvalidOperationException(
                    $"Azurite did not start listening on 127.0.0.1 within {StartTimeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }
        }
    }

    public Task DisposeAsync()
    {
        StopAzurite();
        _location?.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<string> InstallAsync(string repositoryRoot)
    {
        var script = Path.Combine(repositoryRoot, "scripts", "azurite.sh");
        var install = await ProcessRunner.RunAsync("bash", [script, "install"], repositoryRoot, InstallTimeout);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"Installing azurite failed ('{script} install' exited {install.ExitCode}); the Azure Tables tests need it. Output:{Environment.NewLine}{install.Output}");
        }

        return install.StandardOutput.Trim().Split('\n')[^1].Trim();
    }

    private Process Start(string entryPoint, int port, string location)
    {
        List<string> arguments =
            [entryPoint, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--silent", "--skipApiVersionCheck", "--disableTelemetry"];

        // Azurite keeps its tables in memory either way; with a location it also writes the whole database out as one
        // JSON file every 5 s, which blocks its one thread for longer the more the tables hold (no Azure Table service
        // does that). The benchmarks can leave it out to measure the host rather than the emulator's save.
        arguments.AddRange(Environment.GetEnvironmentVariable(InMemoryVariable) == "1" ? ["--inMemoryPersistence"] : ["--location", location]);

        var start = new ProcessStartInfo("node", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start node for Azurite; is node installed?");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static async Task<bool> WaitUntilListeningAsync(Process azurite, int port)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !azurite.HasExited)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                // Not listening yet: node is still loading azurite.
                await Task.Delay(100);
            }
        }

        return false;
    }

    private void StopAzurite()
    {
        if (_azurite is null)
        {
            return;
        }

        if (!_azurite.HasExited)
        {
            _azurite.Kill(entireProcessTree: true);
            _azurite.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _azurite.Dispose();
        _azurite = null;
    }
}
