using System.Globalization;

namespace TeamsJourney.Benchmarks.Generation;

/// <summary>
/// The process's peak resident set (VmHWM in /proc/self/status), the figure closest to the peer's RSS: it counts
/// the runtime, JIT'd code and the GC heap at its largest, not only managed allocations.
/// </summary>
internal static class PeakMemory
{
    public static double Megabytes()
    {
        const string StatusFile = "/proc/self/status";
        if (!File.Exists(StatusFile))
        {
            throw new BenchmarkFailedException($"{StatusFile} is missing; peak memory is measured on Linux only.");
        }

        foreach (var line in File.ReadLines(StatusFile))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                // The line reads "VmHWM:   123456 kB".
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024;
            }
        }

        throw new BenchmarkFailedException($"{StatusFile} has no VmHWM line.");
    }
}
