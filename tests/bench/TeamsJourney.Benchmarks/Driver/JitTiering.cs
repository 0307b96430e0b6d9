namespace TeamsJourney.Benchmarks.Driver;

/// <summary>
/// How the generator child compiles code. The default is what the host runs with; the others exist to show how
/// much of a figure is tiered compilation still at work after one warm-up rather than the writers themselves.
/// </summary>
internal enum JitTiering
{
    /// <summary>Runtime defaults: quick JIT first, then instrumented and optimised tiers in the background.</summary>
    Default,

    /// <summary>Tiered compilation without the instrumented (PGO) tier.</summary>
    NoPgo,

    /// <summary>Every method fully optimised on first call: steady-state speed from the first timed run.</summary>
    Off,
}

/// <summary>Command-line names of <see cref="JitTiering"/> and the runtime switches they stand for.</summary>
internal static class JitTierings
{
    public static JitTiering Parse(string text) => text switch
    {
        "default" => JitTiering.Default,
        "no-pgo" => JitTiering.NoPgo,
        "off" => JitTiering.Off,
        _ => throw new BenchmarkUsageException($"--tiering expects default, no-pgo or off; got '{text}'."),
    };

    public static string Name(this JitTiering tiering) => tiering switch
    {
        JitTiering.NoPgo => "no-pgo (DOTNET_TieredPGO=0)",
        JitTiering.Off => "off (DOTNET_TieredCompilation=0)",
        _ => "default",
    };

    /// <summary>Environment variables for the child; DOTNET_* settings are read by the runtime at start-up.</summary>
    public static IReadOnlyDictionary<string, string> Environment(this JitTiering tiering) => tiering switch
    {
        JitTiering.NoPgo => new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" },
        JitTiering.Off => new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" },
        _ => new Dictionary<string, string>(),
    };
}
