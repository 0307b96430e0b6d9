using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsJourney.Benchmarks.Tab;

namespace TeamsJourney.Benchmarks.Coedit;

/// <summary>The figures of one co-editing run.</summary>
internal sealed record CoeditResult(string Store, int Instances, int Editors, int Edits, CoeditTally Tally, int LostUpdates, int ItemsChecked, double Seconds);

/// <summary>
/// Co-editors on one group's map, each in a closed loop through the tab API (spread over the host instances):
/// mostly text edits of their own two items with the item version they last saw, and a share of edits of a few
/// items everyone edits (no base version: the newest stored edit wins). A 503 is retried like the tab does (after
/// Retry-After, capped at 250 ms here); afterwards every item must show the text of the edit stored last.
/// </summary>
internal static class CoeditRun
{
    private const int SharedItems = 5;

    public static async Task<CoeditResult> RunAsync(string store, IReadOnlyList<HttpClient> hosts, BenchWorkshop workshop, CoeditOptions options)
    {
        var cells = (from lane in workshop.Lanes.Where(l => l != "Touchpoint") from stage in workshop.StageIds select (stage, lane)).ToList();
        var items = new List<(string Id, int Version)>();
        for (var i = 0; i < (options.Editors * 2) + SharedItems; i++)
        {
            var (stage, lane) = cells[i % cells.Count];
            items.Add(await AddAsync(hosts[i % hosts.Count], workshop, stage, lane, $"seed {i}"));
        }

        var shared = items.TakeLast(SharedItems).Select(i => i.Id).ToArray();
        var tally = new CoeditTally();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Editors).Select(editor => Task.Run(async () =>
        {
            var host = hosts[editor % hosts.Count];
            var random = new Random(editor);
            var own = new[] { items[editor * 2], items[(editor * 2) + 1] };
            var quota = (options.Edits / options.Editors) + (editor < options.Edits % options.Editors ? 1 : 0);
            for (var n = 0; n < quota; n++)
            {
                var text = $"editor {editor} edit {n}";
                if (random.NextDouble() < options.SharedShare)
                {
                    await EditAsync(host, workshop, shared[random.Next(shared.Length)], null, text, options.MaxRetries, tally);
                    continue;
                }

                var slot = n % 2;
                if (await EditAsync(host, workshop, own[slot].Id, own[slot].Version, text, options.MaxRetries, tally) is { } version)
                {
                    own[slot] = (own[slot].Id, version);
                }
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;

        var map = await hosts[0].GetFromJsonAsync<JsonObject>($"api/tab/workshops/{Uri.EscapeDataString(workshop.WorkshopId)}/map?groupId={Uri.EscapeDataString(workshop.GroupId)}")
            ?? throw new BenchmarkFailedException("GET .../map answered null.");
        var stored = map["groups"]![0]!["items"]!.AsArray().ToDictionary(i => (string)i!["id"]!, i => (string)i!["text"]!, StringComparer.Ordinal);
        var expected = tally.ExpectedTexts();
        var lost = expected.Count(e => !stored.TryGetValue(e.Key, out var text) || text != e.Value);
        return new CoeditResult(store, hosts.Count, options.Editors, options.Edits, tally, lost, expected.Count, seconds);
    }

    // Returns the item's new version when the edit was stored.
    private static async Task<int?> EditAsync(HttpClient host, BenchWorkshop workshop, string itemId, int? baseVersion, string text, int maxRetries, CoeditTally tally)
    {
        var edit = new JsonObject
        {
            ["op"] = "editText",
            ["itemId"] = itemId,
            ["baseVersion"] = baseVersion,
            ["text"] = text,
            ["clientEditId"] = Guid.NewGuid().ToString("N"),
        };
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; attempt <= maxRetries; attempt++)
        {
            // The same body, clientEditId included, is what a client retry sends: stored at most once.
            using var response = await host.PostAsJsonAsync(EditsPath(workshop), edit);
            tally.Attempt(response.StatusCode == HttpStatusCode.ServiceUnavailable);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
                    tally.Stored(itemId, text, (long)answer!["version"]!, clock.Elapsed.TotalMilliseconds);
                    return (int?)answer["item"]?["version"];
                case HttpStatusCode.Conflict:
                    tally.Conflict(clock.Elapsed.TotalMilliseconds);
                    return null;
                case HttpStatusCode.ServiceUnavailable:
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(100);
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds, 250)));
                    continue;
                default:
                    tally.Error($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    return null;
            }
        }

        tally.GaveUp();
        return null;
    }

    private static async Task<(string Id, int Version)> AddAsync(HttpClient host, BenchWorkshop workshop, string stageId, string lane, string text)
    {
        var edit = new JsonObject { ["op"] = "add", ["stageId"] = stageId, ["lane"] = lane, ["text"] = text, ["clientEditId"] = Guid.NewGuid().ToString("N") };
        using var response = await host.PostAsJsonAsync(EditsPath(workshop), edit);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkFailedException($"Adding a seed item to {stageId}/{lane} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var item = (await response.Content.ReadFromJsonAsync<JsonObject>())!["item"]!;
        return ((string)item["id"]!, (int)item["version"]!);
    }

    private static string EditsPath(BenchWorkshop workshop) =>
        $"api/tab/workshops/{Uri.EscapeDataString(workshop.WorkshopId)}/groups/{Uri.EscapeDataString(workshop.GroupId)}/edits";
}
