using System.Globalization;
using TeamsJourney.Benchmarks.Processes;
using TeamsJourney.Benchmarks.Tab;

namespace TeamsJourney.Benchmarks.Coedit;

/// <summary>
/// The `coedit` command (issue 14): co-editors making edits on one group's map through the tab API of the Release
/// host, on SQLite and on Azurite, by default on two instances sharing the store (so writers in different
/// processes race, not only writers in one). Prints attempts, 503s, conflicts, edits that failed after the retries,
/// lost updates and p50/p95 per edit.
/// </summary>
internal static class CoeditBenchmark
{
    public static int Run(CoeditOptions options) => RunAsync(options).GetAwaiter().GetResult() ? 0 : 1;

    private static async Task<bool> RunAsync(CoeditOptions options)
    {
        var repository = RepositoryFolders.Find();
        if (!options.SkipHostBuild)
        {
            Console.WriteLine("Building the host (Release) ...");
            ProcessRunner.Run("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(repository.BotProject, "TeamsJourney.Bot.csproj")], repository.Root);
        }

        using var connector = LoopbackConnector.Start();
        var results = new List<CoeditResult>();
        if (options.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("teamsjourney-coedit-sqlite-");
            try
            {
                results.Add(await RunOnHostsAsync("SQLite", repository, connector, options, new Dictionary<string, string>
                {
                    ["Storage__Provider"] = "Sqlite",
                    ["Storage__SqlitePath"] = Path.Combine(folder.FullName, "coedit.db"),
                }));
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        if (options.Azurite)
        {
            using var store = await SharedStore.StartAsync(repository);
            results.Add(await RunOnHostsAsync("Azurite", repository, connector, options, store.HostSettings));
        }

        return Print(results, options);
    }

    private static async Task<CoeditResult> RunOnHostsAsync(string store, RepositoryFolders repository, LoopbackConnector connector, CoeditOptions options, IReadOnlyDictionary<string, string> settings)
    {
        var hosts = new List<HostInstance>();
        try
        {
            for (var i = 0; i < options.Instances; i++)
            {
                hosts.Add(await HostInstance.StartAsync($"host {i + 1} ({store})", repository, settings));
            }

            Console.WriteLine($"{store}: {options.Editors} co-editors, {options.Edits} edits, {options.Instances} instance(s) ...");
            var workshop = await TabApiCalls.StartWorkshopAsync(hosts[0].Http, connector.ServiceUrl);
            var result = await CoeditRun.RunAsync(store, [.. hosts.Select(h => h.Http)], workshop, options);
            if (result.Tally.Errors > 0)
            {
                Console.WriteLine($"  first error: {result.Tally.FirstError}{Environment.NewLine}  the host logged:{Environment.NewLine}{hosts[0].RecentOutput}");
            }

            return result;
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Dispose();
            }
        }
    }

    private static bool Print(IReadOnlyList<CoeditResult> results, CoeditOptions options)
    {
        Console.WriteLine();
        Console.WriteLine("| store | instances | editors | edits | attempts | 503s | 503 % of attempts | conflicts (409) | failed after retry | errors | lost updates / items checked | edits/s | p50 ms | p95 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var ms = r.Tally.SortedMilliseconds();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Store} | {r.Instances} | {r.Editors} | {r.Edits:N0} | {r.Tally.Attempts:N0} | {r.Tally.Busy:N0} | {100.0 * r.Tally.Busy / Math.Max(1, r.Tally.Attempts):N2} | {r.Tally.Conflicts:N0} | {r.Tally.FailedAfterRetry:N0} | {r.Tally.Errors:N0} | {r.LostUpdates:N0} / {r.ItemsChecked:N0} | {r.Tally.Applied / r.Seconds:N0} | {Percentile(ms, 0.50):N1} | {Percentile(ms, 0.95):N1} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"{options.SharedShare:P0} of edits go to {5} items everyone edits (no base version); the rest to each editor's own two items with the version last seen.");
        Console.WriteLine($"A 503 is retried with the same clientEditId up to {options.MaxRetries} times; latency is per edit, retries included. Conflicts are");
        Console.WriteLine("same-field races the API reports as 409 (expected only on shared items, and those carry no base version, so 0).");
        return results.All(r => r.Tally.Errors == 0 && r.Tally.FailedAfterRetry == 0 && r.LostUpdates == 0 && r.Tally.Busy <= r.Tally.Attempts / 100);
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
