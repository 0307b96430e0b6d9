using System.Globalization;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>Prints the card turn figures as a Markdown table, one row per run.</summary>
internal static class TurnReport
{
    public static bool Print(IReadOnlyList<TurnResult> results, IReadOnlyList<FirstTurn.Result> firstTurns)
    {
        foreach (var first in firstTurns)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"First card turn after process start, {first.Build}: median {first.Median:N0} ms (runs: {Runs(first.Runs.Select(r => r.Milliseconds))} ms; start answered at {Runs(first.Runs.Select(r => r.StartAnswered))} ms); host CPU by then median {first.MedianCpu:N0} ms ({Runs(first.Runs.Select(r => r.HostCpuMilliseconds))})"));
        }

        if (results.Count == 0)
        {
            return true;
        }

        Console.WriteLine();
        Console.WriteLine("| run | participants | loop | card turns/s | p50 ms | p95 ms | p99 ms | busy | warnings | errors | misfiled / checked | host CPU s | host CPU ms / turn | host peak MB |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var ms = r.Tally.SortedMilliseconds();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Participants:N0} | {r.Loop.ToString().ToLowerInvariant()} | {r.TurnsPerSecond:N0} | {Percentile(ms, 0.50):N1} | {Percentile(ms, 0.95):N1} | {Percentile(ms, 0.99):N1} | {r.Tally.Busy:N0} | {r.Tally.Warnings:N0} | {r.Tally.Errors:N0} | {r.Misfiled:N0} / {r.Checked:N0} | {r.Usage?.CpuSeconds.ToString("N1", CultureInfo.InvariantCulture) ?? "-"} | {CpuPerTurn(r)} | {r.Usage?.PeakMegabytes.ToString("N0", CultureInfo.InvariantCulture) ?? "-"} |"));
        }

        foreach (var r in results.Where(r => r.RoundsStarted > 0))
        {
            Console.WriteLine($"{r.Name}, {r.Participants} {r.Loop.ToString().ToLowerInvariant()}: {r.RoundsStarted} groups finished their map and went on to a next round in a new thread during the run");
        }

        foreach (var r in results.Where(r => r.Tally.Warnings > 0))
        {
            Console.WriteLine($"{r.Name}, {r.Participants} {r.Loop.ToString().ToLowerInvariant()}: warnings said " +
                string.Join("; ", r.Tally.WarningNotices().Take(3).Select(w => $"\"{w.Notice}\" x{w.Count}")));
        }

        Console.WriteLine();
        Console.WriteLine("Busy = answered with the 'Busy moment' card; warnings = a card with a warning (a refused answer, an outdated card);");
        Console.WriteLine("misfiled = a stored answer whose text names another step than where it was stored. Latency: from send");
        Console.WriteLine("(closed loop) or from when the press was due (open loop) to the whole answer read.");
        return results.All(r => r.Tally.Errors == 0 && r.Misfiled == 0);
    }

    // Processor time per turn measures the host's own work even on a shared machine, where the wall clock mostly
    // measures the queue for the cores.
    private static string CpuPerTurn(TurnResult r) =>
        r.Usage is { } usage && r.Tally.Turns > 0 ? (usage.CpuSeconds * 1000 / r.Tally.Turns).ToString("N2", CultureInfo.InvariantCulture) : "-";

    private static string Runs(IEnumerable<double> milliseconds) =>
        string.Join(", ", milliseconds.Select(m => m.ToString("N0", CultureInfo.InvariantCulture)));

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
