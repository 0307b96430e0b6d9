using System.Diagnostics;
using Xunit.Abstractions;
using TeamsJourney.Documents.Tests.Fixtures;

namespace TeamsJourney.Documents.Tests.Performance;

/// <summary>
/// A guard, not the benchmark: 2,000 map items, both documents, after warm-up. The target is 250 ms on a quiet
/// machine. Processor time is asserted (other builds on a shared box stretch wall time, not our CPU time), with a
/// looser bound so noise does not fail it, yet a quadratic slip still does.
/// </summary>
public sealed class GenerationSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Both_documents_for_2000_items_are_generated_quickly_after_warm_up()
    {
        var report = Reports.Huge();
        Assert.Equal(2_000, report.Groups.Sum(g => g.Items.Count));
        Generate.Deck(report);
        Generate.Report(report);

        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            Generate.Deck(report);
            var deck = watch.Elapsed;
            Generate.Report(report);
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            output.WriteLine($"wall: deck {deck.TotalMilliseconds:0} ms, report {(watch.Elapsed - deck).TotalMilliseconds:0} ms; processor {used.TotalMilliseconds:0} ms");
            best = used < best ? used : best;
        }

        output.WriteLine($"2,000 items, deck + report, best processor time of 3 after warm-up: {best.TotalMilliseconds:0} ms");
        Assert.True(best < TimeSpan.FromMilliseconds(1_000), $"Both documents took {best.TotalMilliseconds:0} ms.");
    }
}
