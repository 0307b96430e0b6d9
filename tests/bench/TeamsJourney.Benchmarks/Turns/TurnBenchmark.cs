using TeamsJourney.Benchmarks.Processes;
using TeamsJourney.Benchmarks.Tab;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>
/// The `turns` command (issue 16): card turns through /api/messages of the Release host, groups of members in
/// channel threads pressing Action.Execute cards in a closed loop and a realistic open loop, on SQLite and on
/// Azurite, with an empty ASP.NET Core endpoint answering the same requests in the same run as the ceiling.
/// </summary>
internal static class TurnBenchmark
{
    public static int Run(TurnOptions options) => RunAsync(options).GetAwaiter().GetResult() ? 0 : 1;

    private static async Task<bool> RunAsync(TurnOptions options)
    {
        var repository = RepositoryFolders.Find();
        if (!options.SkipHostBuild)
        {
            Console.WriteLine("Building the host (Release) ...");
            ProcessRunner.Run("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(repository.BotProject, "TeamsJourney.Bot.csproj")], repository.Root);
        }

        string? publishedHere = null;
        if (options.Host is { } host)
        {
            // The throughput of the host deployments run (ReadyToRun, composite): it starts from precompiled code, so a run
            // measures less of the tiered JIT still compiling the build output's hot methods a minute after start.
            var folder = host == "published" ? publishedHere = PublishWithNote(repository) : host;
            repository = repository with { PublishedHost = Path.Combine(folder, "TeamsJourney.Bot.dll") };
        }

        try
        {
            return await RunWithHostAsync(options, repository);
        }
        finally
        {
            if (publishedHere is not null)
            {
                Directory.Delete(publishedHere, recursive: true);
            }
        }
    }

    private static string PublishWithNote(RepositoryFolders repository)
    {
        Console.WriteLine("Publishing the host as deployments do (ReadyToRun, a few minutes) ...");
        return FirstTurn.PublishReadyToRun(repository);
    }

    private static async Task<bool> RunWithHostAsync(TurnOptions options, RepositoryFolders repository)
    {
        using var connector = LoopbackConnector.Start();
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var results = new List<TurnResult>();
        var firstTurns = options.FirstTurnRuns > 0 ? await FirstTurnsAsync(repository, connector, options.FirstTurnRuns) : [];
        if (options.OnlyFirstTurn)
        {
            return TurnReport.Print(results, firstTurns);
        }

        await using (var ceiling = await CeilingEndpoint.StartAsync())
        {
            using var ceilingClient = new HttpClient { BaseAddress = ceiling.Address, Timeout = TimeSpan.FromSeconds(30) };
            foreach (var participants in options.Participants)
            {
                Console.WriteLine($"Ceiling: empty endpoint, {participants} participants, closed loop ...");
                results.Add(await TurnRun.RunAsync("empty endpoint (ceiling)", ceilingClient, connector.ServiceUrl, participants, options.GroupSize, PressLoop.Closed, duration, TimeSpan.FromSeconds(options.WarmUpSeconds), options.PressEverySeconds, options.FullDepth, null));
            }
        }

        if (options.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("teamsjourney-turns-sqlite-");
            try
            {
                results.AddRange(await RunOnHostAsync("SQLite", repository, connector, options, duration, new Dictionary<string, string>
                {
                    ["Storage__Provider"] = "Sqlite",
                    ["Storage__SqlitePath"] = Path.Combine(folder.FullName, "turns.db"),
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
            results.AddRange(await RunOnHostAsync("Azurite", repository, connector, options, duration, store.HostSettings));
        }

        return TurnReport.Print(results, firstTurns);
    }

    private static async Task<List<TurnResult>> RunOnHostAsync(
        string store, RepositoryFolders repository, LoopbackConnector connector, TurnOptions options, TimeSpan duration, IReadOnlyDictionary<string, string> settings)
    {
        var results = new List<TurnResult>();
        foreach (var participants in options.Participants)
        {
            foreach (var loop in Loops(options))
            {
                // A fresh host (and store) per run: one run's groups and caches never help or slow the next.
                using var host = await HostInstance.StartAsync($"host ({store})", repository, settings);
                Console.WriteLine($"{store}: {participants} participants, {loop.ToString().ToLowerInvariant()} loop ...");
                var result = await TurnRun.RunAsync(store, host.Http, connector.ServiceUrl, participants, options.GroupSize, loop, duration, TimeSpan.FromSeconds(options.WarmUpSeconds), options.PressEverySeconds, options.FullDepth, () => HostUsage.Of(host.ProcessId));
                if (result.Tally.Errors > 0)
                {
                    Console.WriteLine($"  first error: {result.Tally.FirstError}{Environment.NewLine}  the host logged:{Environment.NewLine}{host.RecentOutput}");
                }

                results.Add(result);
            }
        }

        return results;
    }

    // The build output (JIT) against the ReadyToRun publish that deployments use.
    private static async Task<List<FirstTurn.Result>> FirstTurnsAsync(RepositoryFolders repository, LoopbackConnector connector, int runs)
    {
        Console.WriteLine($"First card turn after process start ({runs} runs each) ...");
        var results = new List<FirstTurn.Result> { await FirstTurn.MeasureAsync("build (JIT)", (repository with { PublishedHost = null }).BotDll, repository, connector.ServiceUrl, runs) };
        if (repository.PublishedHost is { } publishedHost)
        {
            // The run's publish (--host), made once for both measurements.
            results.Add(await FirstTurn.MeasureAsync("publish (ReadyToRun)", publishedHost, repository, connector.ServiceUrl, runs));
            return results;
        }

        var published = FirstTurn.PublishReadyToRun(repository);
        try
        {
            results.Add(await FirstTurn.MeasureAsync("publish (ReadyToRun)", Path.Combine(published, "TeamsJourney.Bot.dll"), repository, connector.ServiceUrl, runs));
        }
        finally
        {
            Directory.Delete(published, recursive: true);
        }

        return results;
    }

    private static IEnumerable<PressLoop> Loops(TurnOptions options)
    {
        if (options.Closed)
        {
            yield return PressLoop.Closed;
        }

        if (options.Open)
        {
            yield return PressLoop.Open;
        }
    }
}
