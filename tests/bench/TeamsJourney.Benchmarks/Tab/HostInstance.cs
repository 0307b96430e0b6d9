using System.Net.Http.Json;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>One instance of the real host (`dotnet TeamsJourney.Bot.dll`, Release) on a free loopback port.</summary>
internal sealed class HostInstance : IDisposable
{
    private readonly ChildProcess _process;

    private HostInstance(ChildProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public int ProcessId => _process.Id;

    /// <summary>The host's last console lines (warnings and errors), to explain a failed request.</summary>
    public string RecentOutput => _process.Output;

    /// <summary>Starts the host with the storage (and optional Redis) settings given and waits for the tab API to answer.</summary>
    public static async Task<HostInstance> StartAsync(string name, RepositoryFolders repository, IReadOnlyDictionary<string, string> settings)
    {
        var port = LoopbackPort.Free();
        var environment = new Dictionary<string, string>(settings)
        {
            // Unsigned activities and the local tab identity: anonymous local mode, which the host only allows in
            // Development with the explicit opt-in (it refuses to start otherwise). The local identity stays in the tenant
            // a client without one is recorded under, as the driver's activities send none.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Host__AllowAnonymousLocalMode"] = "true",
            ["TabAuth__LocalTenantId"] = "local-development",
            // The tab benchmark seeds a 2,000-item map through the tab API as one person, as fast as the host answers:
            // a load tool, not a person, so the per-person tab rate limit (default 50/s) is lifted for it.
            ["Host__Limits__TabRequestsPerSecondPerUser"] = "100000",
            ["Host__Limits__TabBurstPerUser"] = "100000",
            // Request logging on the console would cost the host time the benchmark means to measure.
            ["Logging__LogLevel__Default"] = "Warning",
            ["Tabs__WebRoot"] = repository.TabsWebDist,
            ["TabAuth__ClientId"] = string.Empty,
            ["Bot__AppId"] = string.Empty,
        };
        // For diagnosis, settings for the host alone (the driver shares the environment otherwise), e.g.
        // TEAMSJOURNEY_BENCH_HOST_ENV="DOTNET_JitDisasmSummary=1;DOTNET_JitStdOutFile=/tmp/jit-host.txt".
        foreach (var pair in (Environment.GetEnvironmentVariable("TEAMSJOURNEY_BENCH_HOST_ENV") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            environment[parts[0].Trim()] = parts.Length == 2 ? parts[1] : string.Empty;
        }

        var address = new Uri($"http://127.0.0.1:{port}/");
        var process = ChildProcess.Start(name, "dotnet", [repository.BotDll, "--urls", address.ToString().TrimEnd('/')], repository.BotProject, environment);
        var host = new HostInstance(process, address);
        try
        {
            await process.WaitUntilReadyAsync(host.AnswersAsync, TimeSpan.FromSeconds(90));
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var response = await Http.GetAsync("api/tab/me");
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            var me = await response.Content.ReadFromJsonAsync<Me>();
            return me?.IsLocalDevelopment == true
                ? true
                : throw new BenchmarkFailedException("The host did not start in local development identity mode (TabAuth:ClientId is set somewhere).");
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        Http.Dispose();
        _process.Dispose();
    }

    private sealed record Me(bool IsLocalDevelopment);
}
