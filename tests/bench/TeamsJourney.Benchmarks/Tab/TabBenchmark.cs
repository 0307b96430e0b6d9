using TeamsJourney.Benchmarks.Processes;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>
/// The `tab` command (issue 3, benchmark acceptance point): change-to-tab latency with many SignalR clients on one
/// instance and across two (Azurite + Redis), the gzip size of the tab bundle, and the first render of a large map.
/// </summary>
internal static class TabBenchmark
{
    public static int Run(TabOptions options) => RunAsync(options).GetAwaiter().GetResult() ? 0 : 1;

    private static async Task<bool> RunAsync(TabOptions options)
    {
        var repository = RepositoryFolders.Find();
        if (!options.SkipHostBuild)
        {
            Console.WriteLine("Building the host (Release) ...");
            ProcessRunner.Run("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(repository.BotProject, "TeamsJourney.Bot.csproj")], repository.Root);
        }

        if (!File.Exists(repository.BotDll))
        {
            throw new BenchmarkFailedException($"{repository.BotDll} is missing: build the host in Release (drop --skip-host-build).");
        }

        Console.WriteLine("Bundle size ...");
        var bundle = BundleSize.Measure(repository);

        using var connector = LoopbackConnector.Start();
        var latencies = new List<LatencyResult>();
        FirstRenderResult render;
        var sqlite = Directory.CreateTempSubdirectory("teamsjourney-bench-sqlite-");
        try
        {
            using var single = await HostInstance.StartAsync("host (SQLite)", repository, new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Sqlite",
                ["Storage__SqlitePath"] = Path.Combine(sqlite.FullName, "bench.db"),
            });
            Console.WriteLine($"Single instance (SQLite) on {single.BaseAddress} ...");
            var workshop = await TabApiCalls.StartWorkshopAsync(single.Http, connector.ServiceUrl);
            latencies.Add(await LatencyRun.RunAsync("1 instance", single, [("A", single)], options.Clients, workshop, options.Changes));

            Console.WriteLine($"Seeding a {options.Items:N0}-item map ...");
            var large = await WithHostOutputAsync(single, () => LargeMapSeed.SeedAsync(single, connector, options.Items));
            Console.WriteLine($"First render in chromium ({options.Loads} cold + {options.Loads} warm loads) ...");
            render = await FirstRender.MeasureAsync(single.BaseAddress, large.WorkshopId, options.Items, options.Loads);
            // The same clients on the large map (issue 16's acceptance: pushes are deltas, so they no longer grow with the map).
            latencies.Add(await LatencyRun.RunAsync($"1 instance, {options.Items:N0}-item map", single, [("A", single)], options.Clients, large, options.LargeChanges));
        }
        finally
        {
            sqlite.Delete(recursive: true);
        }

        if (!options.SkipTwoInstances)
        {
            Console.WriteLine("Two instances (Azurite + Redis backplane) ...");
            using var store = await SharedStore.StartAsync(repository);
            using var a = await HostInstance.StartAsync("host A", repository, store.HostSettings);
            using var b = await HostInstance.StartAsync("host B", repository, store.HostSettings);
            var workshop = await TabApiCalls.StartWorkshopAsync(a.Http, connector.ServiceUrl);
            latencies.Add(await LatencyRun.RunAsync("2 instances", a, [("A", a), ("B", b)], options.Clients / 2, workshop, options.Changes));

            Console.WriteLine($"Seeding a {options.Items:N0}-item map through instance A ...");
            var large = await WithHostOutputAsync(a, () => LargeMapSeed.SeedAsync(a, connector, options.Items));
            latencies.Add(await LatencyRun.RunAsync($"2 instances, {options.Items:N0}-item map", a, [("A", a), ("B", b)], options.Clients / 2, large, options.LargeChanges));
        }

        return TabReport.Print(latencies, bundle, render, options.Items);
    }

    /// <summary>A failed request is explained by what the host logged about it.</summary>
    private static async Task<T> WithHostOutputAsync<T>(HostInstance host, Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (BenchmarkFailedException error)
        {
            throw new BenchmarkFailedException($"{error.Message}{Environment.NewLine}The host logged:{Environment.NewLine}{host.RecentOutput}", error);
        }
    }
}
