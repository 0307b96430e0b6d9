using System.Diagnostics;
using TeamsJourney.Testing.Paths;
using System.Text;

namespace TeamsJourney.Bot.Tests.Fixtures;

/// <summary>
/// The built host as a deployment runs it (`dotnet TeamsJourney.Bot.dll`), as a real process with only the environment
/// the test gives it (no Bot__*, TabAuth__*, Host__* or ASPNETCORE_* inherited), its data in a temp folder.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _data;

    private HostProcess(Process process, string data, Uri baseAddress)
    {
        _process = process;
        _data = data;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The host's folder beside the test's: bot/TeamsJourney.Bot/bin/&lt;configuration&gt;/net10.0.</summary>
    public static string BotFolder
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(RepositoryPaths.Root, "bot", "TeamsJourney.Bot", "bin", configuration, "net10.0");
        }
    }

    /// <summary>A start with <paramref name="environment"/> only (plus a temp data folder and a free loopback port).</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, out string dataFolder, out Uri baseAddress)
    {
        dataFolder = Directory.CreateTempSubdirectory("teamsjourney-host-").FullName;
        baseAddress = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(BotFolder, "TeamsJourney.Bot.dll"), "--urls", baseAddress.ToString().TrimEnd('/') } };
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("Bot__", StringComparison.Ordinal)
            || k.StartsWith("TabAuth__", StringComparison.Ordinal) || k.StartsWith("Host__", StringComparison.Ordinal)
            || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["Storage__SqlitePath"] = Path.Combine(dataFolder, "workshops.db");
        start.Environment["Documents__LocalFolder"] = Path.Combine(dataFolder, "documents");
        start.Environment["Documents__PdfCopies"] = "false";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>Starts the host and waits until /healthz answers.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var start = StartInfo(environment, out var data, out var address);
        start.WorkingDirectory = BotFolder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var host = new HostProcess(new Process { StartInfo = start }, data, address);
        host._process.OutputDataReceived += (_, e) => host.Append(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !host._process.HasExited)
        {
            try
            {
                using var health = await http.GetAsync("healthz");
                if (health.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        var output = host.Output;
        await host.DisposeAsync();
        throw new InvalidOperationException($"The host did not answer /healthz within 60 s:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
