using System.Globalization;

namespace TeamsJourney.Benchmarks.Driver;

/// <summary>Prints the figures as Markdown tables, ready to paste into tests/bench/README.md.</summary>
internal static class ResultTable
{
    /// <summary>The size the issue sets its targets at.</summary>
    private const int TargetItems = 2_000;

    private const double TargetSpeedRatio = 3.0;

    public static void Print(TextWriter output, IReadOnlyList<SizeResult> results)
    {
        output.WriteLine("Time (wall, median of the timed runs; ours after one warm-up in the same process) and memory (ours: VmHWM of the child; peer: RSS it prints)");
        output.WriteLine();
        output.WriteLine("| items | ours pptx ms | ours docx ms | ours total ms | peer total ms | speed ratio (peer/ours) | ours peak MB | peer RSS MB | memory ratio (ours/peer) |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(Invariant($"| {r.Items:N0} | {r.OursPptxMs:0} | {r.OursDocxMs:0} | {r.OursTotalMs:0} | {r.PeerTotalMs:0} | {r.SpeedRatio:0.00}x | {r.OursPeakMb():0} | {r.PeerRssMb:0} | {r.MemoryRatio:0.00} |"));
        }

        output.WriteLine();
        output.WriteLine("Details: best runs, processor time, first (cold) run, allocations, peer split, output");
        output.WriteLine();
        output.WriteLine("| items | ours min ms | ours CPU ms | ours cold ms | ours alloc MB/run | peer min ms | peer pptx/docx ms | slides | Word tables | ours pptx/docx KB | peer pptx/docx KB |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var peerFiles = r.Peer[^1];
            output.WriteLine(Invariant($"| {r.Items:N0} | {r.OursMinTotalMs:0} | {r.OursProcessorMs:0} | {r.Ours.ColdTotalMs:0} | {r.Ours.AllocatedMbPerRun:0} | {r.PeerMinTotalMs:0} | {r.PeerPptxMs:0}/{r.PeerDocxMs:0} | {r.Ours.Slides} | {r.Ours.WordTables} | {r.Ours.PptxBytes / 1024.0:0}/{r.Ours.DocxBytes / 1024.0:0} | {peerFiles.PptxBytes / 1024.0:0}/{peerFiles.DocxBytes / 1024.0:0} |"));
        }

        output.WriteLine();
        PrintLinearity(output, results);
        PrintVerdict(output, results);
    }

    private static void PrintLinearity(TextWriter output, IReadOnlyList<SizeResult> results)
    {
        output.WriteLine("Linearity (ms per 1,000 items; fit: total ms = fixed + slope x thousands of items)");
        output.WriteLine();
        output.WriteLine("| items | ours ms / 1k items | peer ms / 1k items |");
        output.WriteLine("|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(Invariant($"| {r.Items:N0} | {r.OursTotalMs * 1000 / r.Items:0.0} | {r.PeerTotalMs * 1000 / r.Items:0.0} |"));
        }

        output.WriteLine();
        if (results.Count < 2)
        {
            output.WriteLine("(one size only: no fit)");
            return;
        }

        var ours = Statistics.FitLine(results.Select(r => (r.Items / 1000.0, r.OursTotalMs)).ToArray());
        var peer = Statistics.FitLine(results.Select(r => (r.Items / 1000.0, r.PeerTotalMs)).ToArray());
        output.WriteLine(Invariant($"ours: {ours.Fixed:0} ms + {ours.Slope:0.0} ms per 1k items, R² {ours.RSquared:0.000}"));
        output.WriteLine(Invariant($"peer: {peer.Fixed:0} ms + {peer.Slope:0.0} ms per 1k items, R² {peer.RSquared:0.000}"));
    }

    private static void PrintVerdict(TextWriter output, IReadOnlyList<SizeResult> results)
    {
        var target = results.FirstOrDefault(r => r.Items == TargetItems);
        if (target is null)
        {
            output.WriteLine(Invariant($"No {TargetItems:N0}-item run, so no verdict on the targets."));
            return;
        }

        output.WriteLine();
        output.WriteLine(Invariant($"Target at {TargetItems:N0} items: >= {TargetSpeedRatio:0}x faster -> {target.SpeedRatio:0.00}x {Mark(target.SpeedRatio >= TargetSpeedRatio)}"));
        output.WriteLine(Invariant($"Target at {TargetItems:N0} items: peak memory <= peer -> {target.MemoryRatio:0.00} {Mark(target.MemoryRatio <= 1)}"));
    }

    private static double OursPeakMb(this SizeResult result) => result.Ours.PeakMb;

    private static string Mark(bool met) => met ? "MET" : "MISSED";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
