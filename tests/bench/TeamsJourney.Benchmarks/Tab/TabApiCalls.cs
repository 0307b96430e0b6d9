using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>The workshop the benchmark drives: one group of the missed-bin scenario, with its stages and item lanes.</summary>
internal sealed record BenchWorkshop(string WorkshopId, string GroupId, IReadOnlyList<string> StageIds, IReadOnlyList<string> Lanes);

/// <summary>What the benchmark asks of a host: start a workshop through the bot, read its map, add items through the tab API.</summary>
internal static class TabApiCalls
{
    /// <summary>Posts "start missed-bin-collection" in a new channel, as a local Teams client would, and reads back the workshop it made.</summary>
    public static async Task<BenchWorkshop> StartWorkshopAsync(HttpClient host, Uri serviceUrl)
    {
        var channelId = $"19:bench{Guid.NewGuid():N}@thread.tacv2";
        var activity = BotActivities.StartScenario(serviceUrl, channelId, "missed-bin-collection");
        using (var response = await host.PostAsJsonAsync("api/messages", activity))
        {
            await EnsureAsync(response, "POST /api/messages (start missed-bin-collection)");
        }

        var workshops = await host.GetFromJsonAsync<JsonArray>($"api/tab/workshops?channelId={Uri.EscapeDataString(channelId)}")
            ?? throw new BenchmarkFailedException("GET /api/tab/workshops answered null.");
        var workshop = workshops.LastOrDefault()?.AsObject()
            ?? throw new BenchmarkFailedException($"The bot made no workshop in {channelId} (is the scenario id right?).");
        var workshopId = (string)workshop["id"]!;
        var groupId = (string)workshop["groups"]!.AsArray().First()!["id"]!;

        var map = await host.GetFromJsonAsync<JsonObject>($"api/tab/workshops/{Uri.EscapeDataString(workshopId)}/map?groupId={Uri.EscapeDataString(groupId)}")
            ?? throw new BenchmarkFailedException("GET .../map answered null.");
        var stageIds = map["groups"]![0]!["stages"]!.AsArray().Select(s => (string)s!["id"]!).ToArray();
        // Rows a lane is drawn in twice (customer actions, mirrored on the blueprint) are still one lane to add to;
        // counting them twice sent twice the items to their cells, past the domain's 50 per cell.
        var lanes = map["lanes"]!.AsArray().Where(l => (string?)l!["section"] == (string?)l!["capturedIn"]).Select(l => (string)l!["lane"]!).Distinct().ToArray();
        return new BenchWorkshop(workshopId, groupId, stageIds, lanes);
    }

    /// <summary>Adds one item with a tab edit; answers the workshop version the change was stored at and the new item's id.</summary>
    public static async Task<(long Version, string ItemId)> AddItemAsync(HttpClient host, BenchWorkshop workshop, string stageId, string lane, string text)
    {
        var edit = new JsonObject
        {
            ["op"] = "add",
            ["stageId"] = stageId,
            ["lane"] = lane,
            ["text"] = text,
            // The API asks for a channel on touchpoints only.
            ["channel"] = lane == "Touchpoint" ? "Web" : null,
            ["clientEditId"] = Guid.NewGuid().ToString("N"),
        };
        using var response = await host.PostAsJsonAsync(
            $"api/tab/workshops/{Uri.EscapeDataString(workshop.WorkshopId)}/groups/{Uri.EscapeDataString(workshop.GroupId)}/edits", edit);
        await EnsureAsync(response, $"POST .../edits (add to {stageId}/{lane})");
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
        var version = (long?)answer?["version"] ?? throw new BenchmarkFailedException("The edit answer carried no version.");
        var itemId = (string?)answer?["item"]?["id"] ?? throw new BenchmarkFailedException("The edit answer carried no item.");
        return (version, itemId);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new BenchmarkFailedException($"{what} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 800)]}");
        }
    }
}
