namespace TeamsJourney.Benchmarks.Turns;

/// <summary>The options of the `turns` command (card turns through /api/messages).</summary>
internal sealed record TurnOptions(
    IReadOnlyList<int> Participants, int GroupSize, int Seconds, double PressEverySeconds, bool Sqlite, bool Azurite, bool Closed, bool Open, bool SkipHostBuild, int FirstTurnRuns, int WarmUpSeconds, bool OnlyFirstTurn, bool FullDepth, string? Host)
{
    private static readonly HashSet<string> Options = ["--participants", "--group-size", "--seconds", "--press-every", "--stores", "--loops", "--first-turn-runs", "--warm-up", "--depth", "--host"];
    private static readonly HashSet<string> Flags = ["--skip-host-build", "--only-first-turn"];

    public static TurnOptions Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Parse(args, Options, Flags);
        var stores = (line.Text("--stores") ?? "sqlite,azurite").Split(',', StringSplitOptions.TrimEntries);
        var loops = (line.Text("--loops") ?? "closed,open").Split(',', StringSplitOptions.TrimEntries);
        var participants = line.PositiveNumbers("--participants", [300]);
        var depth = line.Text("--depth") ?? "mvp";
        if (depth is not ("mvp" or "full"))
        {
            throw new BenchmarkUsageException("--depth takes mvp (the default groups start at) or full.");
        }

        var host = line.Text("--host") ?? "build";
        if (host is not ("build" or "published") && !File.Exists(Path.Combine(host, "TeamsJourney.Bot.dll")))
        {
            throw new BenchmarkUsageException("--host takes build (the Release build output, JIT), published (publish the host as deployments do), or the folder of an earlier publish.");
        }

        var options = new TurnOptions(
            participants,
            line.PositiveNumber("--group-size", 5),
            line.PositiveNumber("--seconds", 10),
            line.PositiveNumber("--press-every", 5),
            stores.Contains("sqlite"),
            stores.Contains("azurite"),
            loops.Contains("closed"),
            loops.Contains("open"),
            line.Has("--skip-host-build"),
            line.Text("--first-turn-runs") == "0" ? 0 : line.PositiveNumber("--first-turn-runs", 5),
            line.Text("--warm-up") == "0" ? 0 : line.PositiveNumber("--warm-up", 5),
            line.Has("--only-first-turn"),
            depth == "full",
            host == "build" ? null : host);
        if (options.OnlyFirstTurn && options.FirstTurnRuns == 0)
        {
            throw new BenchmarkUsageException("--only-first-turn measures the first turn: it needs --first-turn-runs above 0.");
        }

        return options.Sqlite || options.Azurite
            ? options
            : throw new BenchmarkUsageException("--stores takes sqlite, azurite or both (comma-separated).");
    }
}
