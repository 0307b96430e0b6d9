namespace TeamsJourney.Benchmarks.Starts;

/// <summary>The options of the `starts` command (groups started at the same moment in one new channel).</summary>
internal sealed record StartsOptions(int Groups, int Rounds, bool Sqlite, bool Azurite, bool SkipHostBuild)
{
    private static readonly HashSet<string> Options = ["--groups", "--rounds", "--stores"];
    private static readonly HashSet<string> Flags = ["--skip-host-build"];

    public static StartsOptions Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Parse(args, Options, Flags);
        var stores = (line.Text("--stores") ?? "sqlite,azurite").Split(',', StringSplitOptions.TrimEntries);
        var options = new StartsOptions(
            line.PositiveNumber("--groups", 20),
            line.PositiveNumber("--rounds", 5),
            stores.Contains("sqlite"),
            stores.Contains("azurite"),
            line.Has("--skip-host-build"));
        return options.Sqlite || options.Azurite
            ? options
            : throw new BenchmarkUsageException("--stores takes sqlite, azurite or both (comma-separated).");
    }
}
