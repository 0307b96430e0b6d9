using System.Text.Json.Nodes;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>
/// A channel message mentioning the bot, shaped as a local client (the M365 Agents Playground) sends it to an
/// anonymous bot: no tenant, so the workshop lands in the local development tenant the tab's identity sees.
/// </summary>
internal static class BotActivities
{
    private const string BotId = "28:teamsjourney-local";

    public static JsonObject StartScenario(Uri serviceUrl, string channelId, string scenarioId) => new()
    {
        ["type"] = "message",
        ["id"] = $"bench{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:bench-facilitator", ["name"] = "Bench Facilitator", ["aadObjectId"] = "aad-bench-facilitator" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsJourney" },
        ["conversation"] = new JsonObject
        {
            ["id"] = $"{channelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}",
            ["conversationType"] = "channel",
            ["isGroup"] = true,
        },
        ["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = "19:team-bench@thread.tacv2", ["name"] = "Benchmark team" },
            ["channel"] = new JsonObject { ["id"] = channelId, ["name"] = "Benchmark" },
        },
        ["text"] = $"<at>TeamsJourney</at> start {scenarioId}",
        ["textFormat"] = "plain",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>TeamsJourney</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsJourney" },
        }),
        ["locale"] = "en-GB",
    };
}
