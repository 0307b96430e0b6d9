using System.Diagnostics;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>Change-to-tab latencies of one run, per host instance the receiving client was connected to.</summary>
internal sealed record LatencyResult(
    string Name,
    IReadOnlyDictionary<string, List<double>> ByInstance,
    List<double> PostMs,
    List<double> FirstClientMs,
    List<double> LastClientMs,
    int Missed,
    long SnapshotBytes,
    IReadOnlyList<int> PushBytes,
    int Refetches)
{
    public IReadOnlyList<double> All => [.. ByInstance.Values.SelectMany(v => v)];

    /// <summary>A diagnostic run beside the acceptance runs: printed with its verdict, not counted in "All targets".</summary>
    public bool Extra { get; init; }
}

/// <summary>
/// Makes changes one at a time through the tab edit API of one instance and times, for every connected client,
/// the gap between "about to POST" and "the added item is in the client's copy of the map" (a delta applied, or the
/// group read again after a gap).
/// </summary>
internal static class LatencyRun
{
    private const int WarmUpChanges = 5;
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(10);

    public static async Task<LatencyResult> RunAsync(
        string name, HostInstance writer, IReadOnlyList<(string Instance, HostInstance Host)> listeners, int clientsPerListener, BenchWorkshop workshop, int changes)
    {
        var arrivals = new SemaphoreSlim(0);
        var clients = new List<LiveClient>();
        try
        {
            foreach (var (instance, host) in listeners)
            {
                // Connected a few at a time: 100 simultaneous WebSocket handshakes would time out on 2 cores.
                for (var i = 0; i < clientsPerListener; i += 10)
                {
                    var batch = Enumerable.Range(0, Math.Min(10, clientsPerListener - i))
                        .Select(j => LiveClient.ConnectAsync(instance, host, workshop.WorkshopId, measureSizes: clients.Count + j == 0, () => arrivals.Release()));
                    clients.AddRange(await Task.WhenAll(batch));
                }
            }

            Console.WriteLine($"  {name}: {clients.Count} clients joined; making {changes} changes through instance {listeners[0].Instance}...");
            var cells = workshop.Lanes.SelectMany(lane => workshop.StageIds.Select(stage => (stage, lane))).ToArray();
            // A few changes first, unmeasured: the first pushes pay for JIT and connection warm-up in both processes.
            for (var i = 0; i < WarmUpChanges; i++)
            {
                await ChangeAndWaitAsync(writer, workshop, cells[i % cells.Length], $"warm-up {i}", clients, arrivals);
            }

            var result = new LatencyResult(name, listeners.ToDictionary(l => l.Instance, _ => new List<double>()), [], [], [], 0, 0, [], 0);
            var pushesBefore = clients[0].PushBytes.Count;
            var refetchesBefore = clients.Sum(c => c.Refetches);
            var missed = 0;
            for (var i = 0; i < changes; i++)
            {
                // Round the cells so no cell reaches the domain's per-cell limit.
                var change = await ChangeAndWaitAsync(writer, workshop, cells[(i + WarmUpChanges) % cells.Length], $"bench change {i}", clients, arrivals);
                result.PostMs.Add(change.PostMs);
                foreach (var (instance, ms) in change.Samples)
                {
                    result.ByInstance[instance].Add(ms);
                }

                if (change.Samples.Count > 0)
                {
                    result.FirstClientMs.Add(change.Samples.Min(s => s.Ms));
                    result.LastClientMs.Add(change.Samples.Max(s => s.Ms));
                }

                missed += change.Missed;
            }

            // The map of the group as the tab API serves it: about what every push carries.
            var snapshot = await writer.Http.GetByteArrayAsync(
                $"api/tab/workshops/{Uri.EscapeDataString(workshop.WorkshopId)}/map?groupId={Uri.EscapeDataString(workshop.GroupId)}");
            return result with
            {
                Missed = missed,
                SnapshotBytes = snapshot.Length,
                PushBytes = [.. clients[0].PushBytes.Skip(pushesBefore)],
                Refetches = clients.Sum(c => c.Refetches) - refetchesBefore,
            };
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    private static async Task<(double PostMs, List<(string Instance, double Ms)> Samples, int Missed)> ChangeAndWaitAsync(
        HostInstance writer, BenchWorkshop workshop, (string StageId, string Lane) cell, string text, IReadOnlyList<LiveClient> clients, SemaphoreSlim arrivals)
    {
        var sentAt = Stopwatch.GetTimestamp();
        var (_, itemId) = await TabApiCalls.AddItemAsync(writer.Http, workshop, cell.StageId, cell.Lane, text);
        var postMs = Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds;

        var samples = new List<(string Instance, double Ms)>(clients.Count);
        var deadline = Stopwatch.StartNew();
        var waiting = clients.ToList();
        while (waiting.Count > 0 && deadline.Elapsed < DeliveryTimeout)
        {
            waiting.RemoveAll(client =>
            {
                if (client.ArrivalOf(itemId) is not { } arrivedAt)
                {
                    return false;
                }

                samples.Add((client.Instance, Stopwatch.GetElapsedTime(sentAt, arrivedAt).TotalMilliseconds));
                return true;
            });
            if (waiting.Count > 0)
            {
                await arrivals.WaitAsync(TimeSpan.FromMilliseconds(50));
            }
        }

        // Drain the signals of this change so the next wait starts from its own arrivals.
        while (arrivals.Wait(0))
        {
        }

        return (postMs, samples, waiting.Count);
    }
}
