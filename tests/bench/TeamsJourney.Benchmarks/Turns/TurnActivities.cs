using System.Text.Json.Nodes;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>
/// The activities a group's members send in a channel thread, shaped as a local client sends them to an anonymous
/// bot (no tenant: the workshop lands in the local development tenant the tab's identity reads).
/// </summary>
internal sealed class TurnActivities(Uri serviceUrl, string channelId, string conversationId)
{
    private const string BotId = "28:teamsjourney-local";
    private static long s_nextId;

    public JsonObject Start(string scenarioId, string groupName, Member who) => Mentioning($"start {scenarioId} as {groupName}", who);

    /// <summary>A message in the thread that mentions the bot, as typed commands are sent.</summary>
    public JsonObject Mentioning(string command, Member who) => Base("message", who, new JsonObject
    {
        ["text"] = $"<at>TeamsJourney</at> {command}",
        ["textFormat"] = "plain",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>TeamsJourney</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsJourney" },
        }),
    });

    public JsonObject Press(Member who, string verb, JsonObject data) => Base("invoke", who, new JsonObject
    {
        ["name"] = "adaptiveCard/action",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
    });

    private JsonObject Base(string type, Member who, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"turn{Interlocked.Increment(ref s_nextId):D10}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = who.TeamsId, ["name"] = who.Name, ["aadObjectId"] = who.ObjectId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsJourney" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "channel", ["isGroup"] = true },
            ["channelData"] = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = "19:team-turns@thread.tacv2", ["name"] = "Card turn benchmark" },
                ["channel"] = new JsonObject { ["id"] = channelId, ["name"] = "Card turns" },
            },
            ["locale"] = "en-GB",
        };
        foreach (var (key, value) in extra)
        {
            activity[key] = value?.DeepClone();
        }

        return activity;
    }
}

/// <summary>One member of a group: the ids Teams sends for them.</summary>
internal sealed record Member(int Number)
{
    public string TeamsId => $"29:turns-{Number}";

    public string ObjectId => $"aad-turns-{Number:D5}";

    public string Name => $"Member {Number}";
}
