using System.Globalization;
using System.Runtime.InteropServices;
using TeamsJourney.Benchmarks.Generation;
using TeamsJourney.Benchmarks.Peers;
using TeamsJourney.Benchmarks.Processes;

namespace TeamsJourney.Benchmarks.Driver;

/// <summary>
/// The documents benchmark: per size, one fixture from make-fixture.js, our writers in a child process
/// (warm-up, then timed runs taking turns with the peer's runs), then one table with the ratios.
/// </summary>
internal static class DocumentsBenchmark
{
    public static int Run(DriverOptions options)
    {
        var peers = PeerScripts.Locate(options.PeersDirectory);
        peers.EnsureInstalled(Console.Out);
        var nodeVersion = ProcessRunner.Run("node", ["--version"], peers.Directory).Trim();
        var work = Directory.CreateTempSubdirectory("teamsjourney-bench-");
        Console.WriteLine($"{DateTime.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, " +
                          $"{RuntimeInformation.FrameworkDescription} vs node {nodeVersion}; {options.Runs} runs per size; JIT tiering {options.Tiering.Name()}; work folder {work.FullName}");
        try
        {
            var results = options.Sizes.Select(items => MeasureSize(peers, work.FullName, items, options)).ToList();
            Console.WriteLine();
            ResultTable.Print(Console.Out, results);
        }
        finally
        {
            if (!options.KeepFiles)
            {
                work.Delete(recursive: true);
            }
        }

        return 0;
    }

    private static SizeResult MeasureSize(PeerScripts peers, string work, int items, DriverOptions options)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, items.ToString(CultureInfo.InvariantCulture))).FullName;
        var fixture = Path.Combine(folder, "fixture.json");
        peers.MakeFixture(items, fixture);
        Console.Write($"{items,6} items, runs (ours, then peer):");
        var peer = new List<PeerRun>();
        GenerationResult ours;
        using (var child = GeneratorChild.Start(fixture, folder, options.Runs, options.Tiering))
        {
            for (var run = 0; run < options.Runs; run++)
            {
                child.RunOnce();
                peer.Add(peers.Run(fixture, Path.Combine(folder, "peer")));
                Console.Write($" {run + 1}");
            }

            ours = child.Finish();
        }

        if (ours.Items != items)
        {
            throw new BenchmarkFailedException($"The fixture for {items} items mapped to {ours.Items} items.");
        }

        Console.WriteLine($"; medians: ours {Statistics.Median(ours.TotalMs):0} ms, peer {Statistics.Median(peer.Select(r => r.TotalMs).ToArray()):0} ms");
        return new SizeResult(items, ours, peer);
    }
}
