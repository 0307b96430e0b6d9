namespace TeamsJourney.Benchmarks.Fuzz;

/// <summary>The options of the `fuzz` command (hostile traffic through the real host).</summary>
internal sealed record FuzzOptions(int Activities, int TabRequests, int Seed, int Parallelism)
{
    private static readonly HashSet<string> Options = ["--activities", "--tab-requests", "--seed", "--parallelism"];

    public static FuzzOptions Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Parse(args, Options, new HashSet<string>());
        var activities = line.PositiveNumber("--activities", 10_000);
        return new FuzzOptions(activities, line.PositiveNumber("--tab-requests", Math.Max(1, activities / 5)), line.PositiveNumber("--seed", 14), line.PositiveNumber("--parallelism", 4));
    }
}
