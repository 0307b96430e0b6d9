namespace TeamsJourney.Benchmarks.Turns;

/// <summary>The options of the `turns` command (card turns through /api/messages).</summary>
internal sealed record TurnOptions(
    IReadOnlyList<int> Participants, int GroupSize, int Seconds, double PressEverySeconds, bool Sqlite, bool Azurite, bool Closed, bool Open, bool SkipHostBuild, int FirstTurnRuns, int WarmUpSeconds, bool FullDepth)
{
    private static readonly HashSet<string> Options = ["--participants", "--group-size", "--seconds", "--press-every", "--stores", "--loops", "--first-turn-runs", "--warm-up", "--depth"];
    private static readonly HashSet<string> Flags = ["--skip-host-build"];

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
            depth == "full");
        return options.Sqlite || options.Azurite
            ? options
            : throw new BenchmarkUsageException("--stores takes sqlite, azurite or both (comma-separated).");
    }
}
