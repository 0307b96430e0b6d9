using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TeamsJourney.Tabs.Web.Tests.Fixtures;

/// <summary>The tab API called directly (as the local development identity), to seed and read maps.</summary>
public sealed class TabApiCalls(HttpClient http)
{
    public async Task<JsonObject> MapAsync(string workshopId, string? groupId = null)
    {
        var query = groupId is null ? string.Empty : $"?groupId={Uri.EscapeDataString(groupId)}";
        var text = await http.GetStringAsync($"api/tab/workshops/{Uri.EscapeDataString(workshopId)}/map{query}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Adds an item through the edits endpoint and returns it as stored.</summary>
    public async Task<JsonObject> AddItemAsync(string workshopId, string groupId, string lane, string text, int stageIndex = 0, JsonObject? extra = null)
    {
        var map = await MapAsync(workshopId, groupId);
        var stageId = (string)map["groups"]![0]!["stages"]![stageIndex]!["id"]!;
        var body = new JsonObject { ["op"] = "add", ["stageId"] = stageId, ["lane"] = lane, ["text"] = text, ["clientEditId"] = Guid.NewGuid().ToString() };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        var response = await http.PostAsJsonAsync($"api/tab/workshops/{Uri.EscapeDataString(workshopId)}/groups/{Uri.EscapeDataString(groupId)}/edits", body);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Adding an item failed with {response.StatusCode}: {answer}");
        return JsonNode.Parse(answer)!["item"]!.AsObject();
    }

    public async Task<JsonObject?> ItemAsync(string workshopId, string groupId, string itemId)
    {
        var map = await MapAsync(workshopId, groupId);
        return map["groups"]![0]!["items"]!.AsArray().Select(i => i!.AsObject()).FirstOrDefault(i => (string?)i["id"] == itemId);
    }
}
