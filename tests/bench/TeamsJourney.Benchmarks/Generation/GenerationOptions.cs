namespace TeamsJourney.Benchmarks.Generation;

/// <summary>Arguments of the child role: which fixture, where to write, how many timed runs after the warm-up.</summary>
/// <param name="Paced">Wait for a "run" line on stdin before each timed run, so the driver can interleave the peer's runs.</param>
internal sealed record GenerationOptions(string FixturePath, string OutputDirectory, int Runs, bool Paced)
{
    public static GenerationOptions Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Parse(args, new HashSet<string> { "--fixture", "--out", "--runs" }, new HashSet<string> { "--paced" });
        var fixture = line.RequiredText("--fixture");
        if (!File.Exists(fixture))
        {
            throw new BenchmarkUsageException($"--fixture '{fixture}' does not exist.");
        }

        return new GenerationOptions(fixture, line.RequiredText("--out"), line.PositiveNumber("--runs", 5), line.Has("--paced"));
    }
}
