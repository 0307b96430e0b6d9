namespace TeamsJourney.Benchmarks.Coedit;

/// <summary>The options of the `coedit` command (co-editors on one group's map through the tab API).</summary>
internal sealed record CoeditOptions(int Editors, int Edits, int Instances, double SharedShare, int MaxRetries, bool Sqlite, bool Azurite, bool SkipHostBuild)
{
    private static readonly HashSet<string> Options = ["--editors", "--edits", "--instances", "--shared-percent", "--retries", "--stores"];
    private static readonly HashSet<string> Flags = ["--skip-host-build"];

    public static CoeditOptions Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Parse(args, Options, Flags);
        var stores = (line.Text("--stores") ?? "sqlite,azurite").Split(',', StringSplitOptions.TrimEntries);
        var sharedPercent = line.Text("--shared-percent") == "0" ? 0 : line.PositiveNumber("--shared-percent", 10);
        var options = new CoeditOptions(
            line.PositiveNumber("--editors", 50),
            line.PositiveNumber("--edits", 1_000),
            line.PositiveNumber("--instances", 2),
            Math.Min(sharedPercent, 100) / 100.0,
            line.PositiveNumber("--retries", 5),
            stores.Contains("sqlite"),
            stores.Contains("azurite"),
            line.Has("--skip-host-build"));
        return options.Sqlite || options.Azurite
            ? options
            : throw new BenchmarkUsageException("--stores takes sqlite, azurite or both (comma-separated).");
    }
}
