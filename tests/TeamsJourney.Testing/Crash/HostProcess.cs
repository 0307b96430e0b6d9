using System.Collections.Concurrent;
using System.Diagnostics;
using TeamsJourney.Testing.Hosting;
using TeamsJourney.Testing.Paths;

namespace TeamsJourney.Testing.Crash;

/// <summary>
/// The real host as its own process (`dotnet TeamsJourney.Bot.dll`, the build beside the running tests) on a free
/// loopback port, so it can be killed with SIGKILL mid-write and started again on the same files.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The host's last output lines, to explain a failure.</summary>
    public string RecentOutput => string.Join('\n', _output.TakeLast(40));

    /// <summary>Starts the host with <paramref name="settings"/> (configuration keys with ':') and waits until it answers HTTP.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan? timeout = null)
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "bot", "TeamsJourney.Bot"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BotAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Tabs__WebRoot"] = RepositoryPaths.TabsWebDist;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host process could not be started.");
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilAnsweringAsync(timeout ?? TimeSpan.FromSeconds(90));
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>kill -9: no shutdown hooks, no flushing, whatever was in flight is cut.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    // The build configuration of the running tests (Debug or Release) is the host's too: tests build it as a reference.
    private static string BotAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepositoryPaths.Root, "bot", "TeamsJourney.Bot", "bin", configuration, "net10.0", "TeamsJourney.Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The host is not built at {path}.", path);
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode} while starting:\n{RecentOutput}");
            }

            try
            {
                using var response = await http.GetAsync("api/tab/me");
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"The host did not answer within {timeout.TotalSeconds:F0} s:\n{RecentOutput}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }
}
