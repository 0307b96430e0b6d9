using System.Globalization;
using System.Text.RegularExpressions;
using TeamsJourney.Benchmarks.Processes;

namespace TeamsJourney.Benchmarks.Peers;

/// <summary>
/// The npm side of the benchmark, kept in tests/bench/peers: the fixture maker and the peer generators
/// (pptxgenjs + docx), installed into peers/node_modules on first use so a fresh clone needs nothing else.
/// </summary>
internal sealed partial class PeerScripts
{
    private static readonly string[] Packages = ["pptxgenjs", "docx"];

    private PeerScripts(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>Finds the peers folder: the one given, or tests/bench/peers above the running binary.</summary>
    public static PeerScripts Locate(string? given)
    {
        if (given is not null)
        {
            return IsPeerFolder(given)
                ? new PeerScripts(Path.GetFullPath(given))
                : throw new BenchmarkUsageException($"'{given}' does not hold make-fixture.js, peer.js and package.json.");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "peers");
            if (IsPeerFolder(candidate))
            {
                return new PeerScripts(candidate);
            }
        }

        throw new BenchmarkFailedException($"No peers folder (tests/bench/peers) above {AppContext.BaseDirectory}; pass --peers DIR.");
    }

    /// <summary>Runs npm install when pptxgenjs or docx is missing from node_modules.</summary>
    public void EnsureInstalled(TextWriter log)
    {
        if (Packages.All(name => File.Exists(Path.Combine(Directory, "node_modules", name, "package.json"))))
        {
            return;
        }

        log.WriteLine($"Installing the peer generators (npm install in {Directory})...");
        ProcessRunner.Run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], Directory);
    }

    /// <summary>Writes the fixture with <paramref name="items"/> items to <paramref name="path"/>.</summary>
    public void MakeFixture(int items, string path) =>
        ProcessRunner.Run("node", ["make-fixture.js", items.ToString(CultureInfo.InvariantCulture)], Directory, stdoutFile: path);

    /// <summary>Runs peer.js once; it writes <paramref name="outputPrefix"/>.pptx and .docx and reports its own timings.</summary>
    public PeerRun Run(string fixturePath, string outputPrefix)
    {
        var printed = ProcessRunner.Run("node", ["peer.js", fixturePath, outputPrefix], Directory);
        var match = PeerFigures().Match(printed);
        if (!match.Success)
        {
            throw new BenchmarkFailedException($"peer.js printed something unexpected: '{printed.Trim()}'.");
        }

        return new PeerRun(
            Number(match, "pptx"),
            Number(match, "docx"),
            Number(match, "total"),
            Number(match, "rss"),
            new FileInfo(outputPrefix + ".pptx").Length,
            new FileInfo(outputPrefix + ".docx").Length);
    }

    private static bool IsPeerFolder(string folder) =>
        File.Exists(Path.Combine(folder, "peer.js"))
        && File.Exists(Path.Combine(folder, "make-fixture.js"))
        && File.Exists(Path.Combine(folder, "package.json"));

    private static double Number(Match match, string group) =>
        double.Parse(match.Groups[group].Value, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"pptx_ms=(?<pptx>[\d.]+) docx_ms=(?<docx>[\d.]+) total_ms=(?<total>[\d.]+) rss_mb=(?<rss>[\d.]+)")]
    private static partial Regex PeerFigures();
}
