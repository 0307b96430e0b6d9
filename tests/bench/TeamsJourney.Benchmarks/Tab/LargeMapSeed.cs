using System.Diagnostics;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>Fills a fresh workshop's group with many items through the tab edit API.</summary>
internal static class LargeMapSeed
{
    /// <summary>
    /// Adds one item at a time. Parallel adds to one group do not go faster on two cores and, past ~1,000 items,
    /// make the host give up on its optimistic retries (a 500, see tests/bench/README.md).
    /// </summary>
    public static async Task<BenchWorkshop> SeedAsync(HostInstance host, LoopbackConnector connector, int items)
    {
        var workshop = await TabApiCalls.StartWorkshopAsync(host.Http, connector.ServiceUrl);
        var cells = workshop.Lanes.SelectMany(lane => workshop.StageIds.Select(stage => (Stage: stage, Lane: lane))).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var lastBatch = stopwatch.Elapsed;
        for (var i = 0; i < items; i++)
        {
            // Round the cells so every cell stays under the domain's per-cell limit.
            var cell = cells[i % cells.Length];
            await TabApiCalls.AddItemAsync(host.Http, workshop, cell.Stage, cell.Lane, $"Item {i}: residents report the missed collection again");
            if ((i + 1) % 250 == 0)
            {
                var batch = stopwatch.Elapsed - lastBatch;
                lastBatch = stopwatch.Elapsed;
                Console.WriteLine($"    {i + 1:N0} items, {stopwatch.Elapsed.TotalSeconds:F0} s so far; the last 250 took {batch.TotalMilliseconds / 250:F0} ms per add");
            }
        }

        return workshop;
    }
}
