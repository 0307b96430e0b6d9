using System.Text.Json.Nodes;

namespace TeamsJourney.Testing.Channel;

/// <summary>
/// Activities as a local client (the M365 Agents Playground) sends them to an anonymous bot: Teams
/// channel shape, no tenant (so the workshop belongs to the local development tenant the tab's local
/// identity sees), and a loopback serviceUrl.
/// </summary>
public sealed class PlaygroundActivities(Uri serviceUrl, string channelId, string conversationId)
{
    public const string TeamId = "19:team-waste-services@thread.tacv2";
    public const string BotId = "28:teamsjourney-local";

    private static int s_nextId;

    public string ConversationId => conversationId;

    public JsonObject MessageMentioningBot(string text) => Base("message", new JsonObject
    {
        ["text"] = $"<at>TeamsJourney</at> {text}",
        ["textFormat"] = "plain",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>TeamsJourney</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsJourney" },
        }),
    });

    public JsonObject CardAction(string verb, JsonObject data) => Base("invoke", new JsonObject
    {
        ["name"] = "adaptiveCard/action",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
    });

    private JsonObject Base(string type, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"17000{Interlocked.Increment(ref s_nextId):D8}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:facilitator", ["name"] = "Priya Shah", ["aadObjectId"] = "aad-facilitator" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsJourney" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "channel", ["isGroup"] = true },
            ["channelData"] = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Waste Services" },
                ["channel"] = new JsonObject { ["id"] = channelId, ["name"] = "Journey workshop" },
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
