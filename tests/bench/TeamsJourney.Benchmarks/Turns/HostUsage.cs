using System.Globalization;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>A process's processor time and peak resident memory, read from /proc (Linux).</summary>
internal sealed record HostUsage(double CpuSeconds, double PeakMegabytes)
{
    // USER_HZ: /proc reports times in clock ticks, 100 per second on Linux.
    private const double TicksPerSecond = 100;

    public static HostUsage Of(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // Fields after the command name (which may hold spaces) start after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var cpu = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        var peak = File.ReadLines($"/proc/{processId}/status")
            .Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024)
            .FirstOrDefault();
        return new HostUsage(cpu, peak);
    }

    // The difference keeps the later peak: peak memory is not a rate.
    public static HostUsage operator -(HostUsage after, HostUsage before) => new(after.CpuSeconds - before.CpuSeconds, after.PeakMegabytes);
}
