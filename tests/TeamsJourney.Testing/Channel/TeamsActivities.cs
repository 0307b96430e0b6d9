using System.Text.Json.Nodes;

namespace TeamsJourney.Testing.Channel;

/// <summary>Activities shaped as Microsoft Teams sends them to a bot in a channel thread.</summary>
public sealed class TeamsActivities(Uri serviceUrl, string conversationId)
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:team-general@thread.tacv2";
    public const string ChannelId = "19:0b1c2d3e4f5a6b7c8d9e@thread.tacv2";
    public const string BotId = "28:" + BotHost.AppId;
    public const string BotName = "TeamsJourney";

    private int _nextId;

    public string ConversationId => conversationId;

    public (string Id, string Name) User { get; set; } = ("29:1facilitator-aad-object", "Priya Shah");

    public string NextActivityId() => $"1700000{Interlocked.Increment(ref _nextId):D6}";

    /// <summary>A channel message that @mentions the bot, as Teams delivers it.</summary>
    public JsonObject MessageMentioningBot(string text, string? id = null) => Base("message", id, new JsonObject
    {
        ["text"] = $"<at>{BotName}</at> {text}\r\n",
        ["textFormat"] = "plain",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{BotName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        }),
    });

    /// <summary>An Action.Execute press on a card the bot sent (replyToId = the card's activity id).</summary>
    public JsonObject CardAction(string verb, JsonObject data, string? cardActivityId = null, string? id = null) => Base("invoke", id, new JsonObject
    {
        ["name"] = "adaptiveCard/action",
        ["replyToId"] = cardActivityId,
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
    });

    /// <summary>The automatic refresh a Teams client runs for a user listed in the card's refresh.userIds.</summary>
    public JsonObject AutomaticRefresh(JsonObject data, string? cardActivityId = null)
    {
        var invoke = CardAction("refresh", data, cardActivityId);
        invoke["value"]!["trigger"] = "automatic";
        return invoke;
    }

    /// <summary>The bot was added to the team.</summary>
    public JsonObject BotAdded() => Base("conversationUpdate", null, new JsonObject
    {
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
    });

    /// <summary>The app was installed in the team: Teams sends this beside <see cref="BotAdded"/>.</summary>
    public JsonObject Installed() => Base("installationUpdate", null, new JsonObject { ["action"] = "add" });

    private JsonObject Base(string type, string? id, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? NextActivityId(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = User.Id, ["name"] = User.Name, ["aadObjectId"] = "aad-" + User.Id },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId,
                ["conversationType"] = "channel",
                ["isGroup"] = true,
                ["tenantId"] = TenantId,
            },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = TenantId },
                ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Waste Services" },
                ["channel"] = new JsonObject { ["id"] = ChannelId, ["name"] = "Journey workshop" },
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
