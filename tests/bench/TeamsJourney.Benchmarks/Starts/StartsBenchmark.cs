using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsJourney.Benchmarks.Processes;
using TeamsJourney.Benchmarks.Tab;

namespace TeamsJourney.Benchmarks.Starts;

/// <summary>
/// The `starts` command (issue 14): N groups typing "start ... as Table i" at the same moment in one new channel,
/// through /api/messages of the Release host, several rounds (each in a fresh channel) on SQLite and Azurite.
/// Counts the threads answered with their own group's first card, answered "busy", and not answered at all.
/// </summary>
internal static partial class StartsBenchmark
{
    private static readonly TimeSpan AnswerWait = TimeSpan.FromSeconds(20);

    public static int Run(StartsOptions options) => RunAsync(options).GetAwaiter().GetResult() ? 0 : 1;

    private static async Task<bool> RunAsync(StartsOptions options)
    {
        var repository = RepositoryFolders.Find();
        if (!options.SkipHostBuild)
        {
            Console.WriteLine("Building the host (Release) ...");
            ProcessRunner.Run("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(repository.BotProject, "TeamsJourney.Bot.csproj")], repository.Root);
        }

        using var connector = RecordingConnector.Start();
        var rows = new List<(string Store, Tally Tally)>();
        if (options.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("teamsjourney-starts-sqlite-");
            try
            {
                rows.Add(("SQLite", await RunOnHostAsync("SQLite", repository, connector, options, new Dictionary<string, string>
                {
                    ["Storage__Provider"] = "Sqlite",
                    ["Storage__SqlitePath"] = Path.Combine(folder.FullName, "starts.db"),
                })));
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        if (options.Azurite)
        {
            using var store = await SharedStore.StartAsync(repository);
            rows.Add(("Azurite", await RunOnHostAsync("Azurite", repository, connector, options, store.HostSettings)));
        }

        Console.WriteLine();
        Console.WriteLine("| store | rounds x groups | answered with their group | busy | unanswered | groups stored | p50 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (store, t) in rows)
        {
            var ms = t.Milliseconds.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {store} | {options.Rounds} x {options.Groups} | {t.Answered} | {t.Busy} | {t.Unanswered} | {t.GroupsStored} | {ms[ms.Count / 2]:N0} | {ms[^1]:N0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Answered = the thread got a card naming its own table; latency = the HTTP answer to the start message.");
        return rows.All(r => r.Tally.Busy == 0 && r.Tally.Unanswered == 0 && r.Tally.GroupsStored == options.Rounds * options.Groups);
    }

    private static async Task<Tally> RunOnHostAsync(string store, RepositoryFolders repository, RecordingConnector connector, StartsOptions options, IReadOnlyDictionary<string, string> settings)
    {
        using var host = await HostInstance.StartAsync($"host ({store})", repository, settings);
        var tally = new Tally();
        for (var round = 1; round <= options.Rounds; round++)
        {
            Console.WriteLine($"{store}: round {round}, {options.Groups} starts at once in a new channel ...");
            var channelId = $"19:starts{Guid.NewGuid():N}@thread.tacv2";
            var threads = Enumerable.Range(1, options.Groups).Select(i => (Table: i, Activity: StartActivity(connector.ServiceUrl, channelId, i))).ToList();
            using var go = new ManualResetEventSlim();
            var sends = threads.Select(t => Task.Run(async () =>
            {
                go.Wait();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                using var response = await host.Http.PostAsJsonAsync("api/messages", t.Activity);
                lock (tally)
                {
                    tally.Milliseconds.Add(clock.Elapsed.TotalMilliseconds);
                }
            })).ToList();
            go.Set();
            await Task.WhenAll(sends);

            foreach (var (table, activity) in threads)
            {
                var conversationId = (string)activity["conversation"]!["id"]!;
                var deadline = DateTime.UtcNow + AnswerWait;
                string[] sent;
                while ((sent = [.. connector.SentTo(conversationId)]).Length == 0 && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(50);
                }

                if (sent.Any(b => b.Contains("Busy moment", StringComparison.Ordinal)))
                {
                    tally.Busy++;
                }
                else if (sent.Any(b => Regex.IsMatch(b, $@"Table {table}(?!\d)")))
                {
                    tally.Answered++;
                }
                else
                {
                    tally.Unanswered++;
                }
            }

            var workshops = await host.Http.GetFromJsonAsync<JsonArray>($"api/tab/workshops?channelId={Uri.EscapeDataString(channelId)}");
            tally.GroupsStored += workshops?.LastOrDefault()?["groups"]?.AsArray().Count ?? 0;
        }

        return tally;
    }

    private static JsonObject StartActivity(Uri serviceUrl, string channelId, int table)
    {
        var activity = BotActivities.StartScenario(serviceUrl, channelId, "missed-bin-collection");
        activity["text"] = $"<at>TeamsJourney</at> start missed-bin-collection as Table {table}";
        activity["from"] = new JsonObject { ["id"] = $"29:starter-{table}", ["name"] = $"Starter {table}", ["aadObjectId"] = $"aad-starter-{table}" };
        return activity;
    }

    private sealed class Tally
    {
        public int Answered { get; set; }

        public int Busy { get; set; }

        public int Unanswered { get; set; }

        public int GroupsStored { get; set; }

        public List<double> Milliseconds { get; } = [];
    }
}
