namespace TeamsJourney.Benchmarks.Driver;

/// <summary>Arguments of the documents benchmark.</summary>
/// <param name="Sizes">Item counts to generate fixtures for.</param>
/// <param name="Runs">Timed runs per size, for ours (after one warm-up) and for the peer.</param>
/// <param name="PeersDirectory">Folder with make-fixture.js and peer.js; found above the binary when null.</param>
/// <param name="KeepFiles">Leave the fixtures and generated files in the temp folder for a look.</param>
/// <param name="Tiering">How the child's JIT tiers code: the runtime default, or a diagnostic variant.</param>
internal sealed record DriverOptions(IReadOnlyList<int> Sizes, int Runs, string? PeersDirectory, bool KeepFiles, JitTiering Tiering)
{
    public static DriverOptions Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Parse(args, new HashSet<string> { "--sizes", "--runs", "--peers", "--tiering" }, new HashSet<string> { "--keep" });
        return new DriverOptions(
            line.PositiveNumbers("--sizes", [500, 1_000, 2_000, 4_000]),
            line.PositiveNumber("--runs", 5),
            line.Text("--peers"),
            line.Has("--keep"),
            JitTierings.Parse(line.Text("--tiering") ?? "default"));
    }
}
