namespace TeamsJourney.Benchmarks.Tab;

/// <summary>The options of the `tab` command (live map latency, bundle size, first render).</summary>
internal sealed record TabOptions(int Clients, int Changes, int Items, int Loads, int LargeChanges, bool SkipHostBuild, bool SkipTwoInstances)
{
    private static readonly HashSet<string> Options = ["--clients", "--changes", "--items", "--loads", "--large-changes"];
    private static readonly HashSet<string> Flags = ["--skip-host-build", "--single-only"];

    public static TabOptions Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Parse(args, Options, Flags);
        var options = new TabOptions(
            line.PositiveNumber("--clients", 100),
            line.PositiveNumber("--changes", 200),
            line.PositiveNumber("--items", 2_000),
            line.PositiveNumber("--loads", 5),
            line.PositiveNumber("--large-changes", 30),
            line.Has("--skip-host-build"),
            line.Has("--single-only"));
        // Clients are split evenly over the two instances, so an odd count would weigh one side.
        return options.Clients % 2 == 0 || options.SkipTwoInstances
            ? options
            : throw new BenchmarkUsageException("--clients must be even: half connect to each instance.");
    }
}
