using System.Globalization;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>Prints the figures with the issue's targets and PASS/MISS per target.</summary>
internal static class TabReport
{
    private const double LatencyTargetMs = 100;
    private const double FirstRenderTargetMs = 1_000;
    private const long BundleTargetBytes = 250 * 1024;

    public static bool Print(IReadOnlyList<LatencyResult> latencies, BundleResult bundle, FirstRenderResult render, int items)
    {
        var met = true;
        Console.WriteLine();
        Console.WriteLine("| measure | count | p50 ms | p95 ms | p99 ms | max ms | target | result |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var run in latencies)
        {
            var rows = run.ByInstance.Count > 1
                ? run.ByInstance.Select(p => ($"{run.Name}, clients on {p.Key}", (IReadOnlyList<double>)p.Value)).Append(($"{run.Name}, all clients", run.All))
                : [($"{run.Name}", run.All)];
            foreach (var (label, samples) in rows)
            {
                var p95 = Percentile(samples, 95);
                var pass = p95 <= LatencyTargetMs && run.Missed == 0;
                met &= pass || run.Extra;
                Console.WriteLine(Row($"change-to-tab, {label}", samples, run.Extra ? "p95 <= 100 ms (extra, not counted)" : "p95 <= 100 ms", pass));
            }

            Console.WriteLine(Row($"  (edit POST round trip, {run.Name})", run.PostMs, "-", null));
            Console.WriteLine(Row($"  (first client to receive each change, {run.Name})", run.FirstClientMs, "-", null));
            Console.WriteLine(Row($"  (last client to receive each change, {run.Name})", run.LastClientMs, "-", null));
            Console.WriteLine(Invariant($"  group snapshot after the run (GET .../map?groupId=, what a gap re-reads): {run.SnapshotBytes / 1024.0:F0} KB JSON"));
            if (run.PushBytes.Count > 0)
            {
                Console.WriteLine(Invariant($"  groupChanged pushes seen by one client: {run.PushBytes.Count}, median {Median(run.PushBytes.Select(b => (double)b)):F0} B, max {run.PushBytes.Max()} B JSON"));
            }

            Console.WriteLine(Invariant($"  gaps that made a client read the group again: {run.Refetches}"));
            if (run.Missed > 0)
            {
                Console.WriteLine($"  {run.Missed} deliveries did not arrive within 10 s ({run.Name}): counted as MISS.");
            }
        }

        var bundlePass = bundle.GzipBytes <= BundleTargetBytes;
        met &= bundlePass;
        Console.WriteLine();
        Console.WriteLine(Invariant($"Bundle (tabs/web/dist without the Office.js runtime copy in addin/office-js, {bundle.Files} .js/.css files): {bundle.GzipBytes / 1024.0:F1} KB gzip ({bundle.RawBytes / 1024.0:F1} KB raw); largest {bundle.LargestFile} {bundle.LargestGzipBytes / 1024.0:F1} KB gzip. Target <= 250 KB gzip: {Verdict(bundlePass)}"));

        Console.WriteLine();
        Console.WriteLine(Invariant($"First render, {items:N0}-item map (ms after navigation start; median of {render.Cold.Count}):"));
        Console.WriteLine("| loads | HTML responseEnd | DOMContentLoaded | map data received | map DOM built | map painted | all items in DOM | target | result |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var (label, loads) in new[] { ("cold (new context)", render.Cold), ("warm (reload, cached)", render.Warm) })
        {
            var painted = Median(loads.Select(l => Math.Max(l.MapPainted, l.AllItemsInDom)));
            var pass = painted <= FirstRenderTargetMs;
            met &= pass;
            Console.WriteLine(Invariant(
                $"| {label} | {Median(loads.Select(l => l.ResponseEnd)):F0} | {Median(loads.Select(l => l.DomContentLoaded)):F0} | {Median(loads.Select(l => l.MapReceived)):F0} | {Median(loads.Select(l => l.MapRendered)):F0} | {Median(loads.Select(l => l.MapPainted)):F0} | {Median(loads.Select(l => l.AllItemsInDom)):F0} | <= 1,000 ms | {Verdict(pass)} |"));
            Console.WriteLine(Invariant($"  each load, painted: {string.Join(", ", loads.Select(l => l.MapPainted.ToString("F0", CultureInfo.InvariantCulture)))}"));
        }

        Console.WriteLine();
        Console.WriteLine($"All targets: {(met ? "PASS" : "MISS")}");
        return met;
    }

    public static double Percentile(IReadOnlyList<double> samples, double percent)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        // Nearest rank: the smallest sample with at least `percent` % of the samples at or below it.
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static string Row(string label, IReadOnlyList<double> samples, string target, bool? pass) => Invariant(
        $"| {label} | {samples.Count} | {Percentile(samples, 50):F1} | {Percentile(samples, 95):F1} | {Percentile(samples, 99):F1} | {(samples.Count == 0 ? double.NaN : samples.Max()):F1} | {target} | {(pass is { } p ? Verdict(p) : "-")} |");

    private static double Median(IEnumerable<double> values) => Percentile([.. values], 50);

    private static string Verdict(bool pass) => pass ? "PASS" : "MISS";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
