using System.Diagnostics;
using System.Net.Http.Json;
using TeamsJourney.Benchmarks.Processes;
using TeamsJourney.Benchmarks.Tab;
using TeamsJourney.Testing.Hosting;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>
/// Cold start: from starting the host process to the first card turn answered (a group started with a typed
/// `start`, then one card press), on a fresh SQLite file each time. Measured for the build output (JIT) and for
/// the ReadyToRun publish that deployments use.
/// </summary>
internal static class FirstTurn
{
    public sealed record Result(string Build, IReadOnlyList<double> Milliseconds)
    {
        public double Median => Milliseconds.Order().ElementAt(Milliseconds.Count / 2);
    }

    /// <summary>Publishes the host ReadyToRun into a temp folder; the caller deletes it.</summary>
    public static string PublishReadyToRun(RepositoryFolders repository)
    {
        var output = Directory.CreateTempSubdirectory("teamsjourney-r2r-").FullName;
        ProcessRunner.Run(
            "dotnet",
            ["publish", Path.Combine(repository.BotProject, "TeamsJourney.Bot.csproj"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", output, "--nologo", "-v", "q"],
            repository.Root);
        return output;
    }

    public static async Task<Result> MeasureAsync(string build, string botDll, RepositoryFolders repository, Uri serviceUrl, int runs)
    {
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            times.Add(await OnceAsync(botDll, repository, serviceUrl));
        }

        return new Result(build, times);
    }

    private static async Task<double> OnceAsync(string botDll, RepositoryFolders repository, Uri serviceUrl)
    {
        var folder = Directory.CreateTempSubdirectory("teamsjourney-first-turn-");
        try
        {
            var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            var channelId = $"19:first{Guid.NewGuid():N}@thread.tacv2";
            var activities = new TurnActivities(serviceUrl, channelId, $"{channelId};messageid=1700000000000");
            var member = new Member(1);
            var clock = Stopwatch.StartNew();
            using var process = ChildProcess.Start("host (first turn)", "dotnet", [botDll, "--urls", address.ToString().TrimEnd('/')], repository.BotProject, new Dictionary<string, string>
            {
                // Unsigned activities and the local tab identity: anonymous local mode, which the host only allows in
                // Development with the explicit opt-in (it refuses to start otherwise). The local identity stays in the tenant
                // a client without one is recorded under, as the driver's activities send none.
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Host__AllowAnonymousLocalMode"] = "true",
                ["TabAuth__LocalTenantId"] = "local-development",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Tabs__WebRoot"] = repository.TabsWebDist,
                ["TabAuth__ClientId"] = string.Empty,
                ["Bot__AppId"] = string.Empty,
                ["Storage__Provider"] = "Sqlite",
                ["Storage__SqlitePath"] = Path.Combine(folder.FullName, "first.db"),
            });
            await PostUntilListeningAsync(http, activities.Start("missed-bin-collection", "Group 1", member), clock);
            // Groups start at MVP depth: the first card is the persona with several boxes, sent with "Add to map".
            using var pressed = await http.PostAsJsonAsync("api/messages", activities.Press(member, "answerInputs", new()
            {
                ["in_name"] = "Maureen, 72",
                ["in_lifeContext"] = "Lives alone, walks with a stick",
                ["stepId"] = "persona",
            }));
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var body = await pressed.Content.ReadAsStringAsync();
            return pressed.IsSuccessStatusCode && body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal) && body.Contains("Maureen, 72", StringComparison.Ordinal)
                ? elapsed
                : throw new BenchmarkFailedException($"The first press answered {(int)pressed.StatusCode}: {body}{Environment.NewLine}{process.Output}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The host listens only once it has started; until then a connection is refused and the start is tried again.
    private static async Task PostUntilListeningAsync(HttpClient http, System.Text.Json.Nodes.JsonObject start, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.PostAsJsonAsync("api/messages", start);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                throw new BenchmarkFailedException($"start answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(5);
            }
        }

        throw new BenchmarkFailedException("The host did not answer within 60 seconds.");
    }
}
