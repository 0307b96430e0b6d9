namespace TeamsJourney.Benchmarks.Crash;

/// <summary>The options of the `crash` command (kill -9 rounds on SQLite).</summary>
internal sealed record CrashOptions(int Rounds, int Groups, int Seconds, bool SkipHostBuild)
{
    private static readonly HashSet<string> Options = ["--rounds", "--groups", "--seconds"];
    private static readonly HashSet<string> Flags = ["--skip-host-build"];

    public static CrashOptions Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Parse(args, Options, Flags);
        return new CrashOptions(line.PositiveNumber("--rounds", 5), line.PositiveNumber("--groups", 10), line.PositiveNumber("--seconds", 4), line.Has("--skip-host-build"));
    }
}
