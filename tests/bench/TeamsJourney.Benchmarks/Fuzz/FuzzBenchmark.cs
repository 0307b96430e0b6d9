using TeamsJourney.Benchmarks.Tab;
using TeamsJourney.Testing.Channel;
using TeamsJourney.Testing.Fuzz;
using TeamsJourney.Testing.Hosting;

namespace TeamsJourney.Benchmarks.Fuzz;

/// <summary>
/// The `fuzz` command (issue 14): the full hostile run the CI test shortens. Activities signed as the channel go to
/// /api/messages of the real host (in memory, on a fresh SQLite file, channel auth on), hostile tab requests to
/// /api/tab; printed: requests, 5xx, inner 500, unhandled exceptions in the host's log. Exit code 1 when any is not 0.
/// </summary>
internal static class FuzzBenchmark
{
    public static int Run(FuzzOptions options) => RunAsync(options).GetAwaiter().GetResult() ? 0 : 1;

    private static async Task<bool> RunAsync(FuzzOptions options)
    {
        var repository = RepositoryFolders.Find();

        // The in-memory host finds its content root (settings, the tab's files) through this, outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TEAMSJOURNEY_BOT", repository.BotProject);
        var folder = Directory.CreateTempSubdirectory("teamsjourney-fuzz-").FullName;
        try
        {
            await using var channel = await LocalChannelService.StartAsync();
            await using var host = new BotHost(channel, new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(folder, "workshops.db") });
            Console.WriteLine($"Fuzz: {options.Activities} hostile activities and {options.TabRequests} hostile tab requests, seed {options.Seed}, {options.Parallelism} at a time ...");
            var tally = await HostileTraffic.RunAsync(host, channel, options.Activities, options.TabRequests, options.Seed, options.Parallelism);
            Console.WriteLine();
            Console.WriteLine($"| requests | activities | tab requests | 5xx | inner 500 | unhandled exceptions | 501 unsupported invokes | seconds |");
            Console.WriteLine($"|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine($"| {tally.ActivityRequests + tally.TabRequests:N0} | {tally.ActivityRequests:N0} | {tally.TabRequests:N0} | {tally.ServerErrors} | {tally.InnerServerErrors} | {tally.UnhandledExceptions} | {tally.UnsupportedInvokes} | {tally.Elapsed.TotalSeconds:F1} |");
            Console.WriteLine();
            Console.WriteLine("Statuses: " + string.Join(", ", tally.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value:N0}")));
            foreach (var failure in tally.Failures.Take(20))
            {
                Console.WriteLine("  " + (failure.Length > 400 ? failure[..400] + "..." : failure));
            }

            return tally.ServerErrors == 0 && tally.InnerServerErrors == 0 && tally.UnhandledExceptions == 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
