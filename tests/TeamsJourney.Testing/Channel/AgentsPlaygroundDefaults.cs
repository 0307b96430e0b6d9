using System.Text.Json.Nodes;

namespace TeamsJourney.Testing.Channel;

/// <summary>
/// A channel message exactly as Microsoft 365 Agents Playground 0.2.28 sends it with its built-in configuration
/// (copied from its devTools/m365agentsplayground.log): its default tenant, team and channel ids, its user and
/// bot ids, no JWT, and a loopback serviceUrl (here the test's local channel service instead of port 56150).
/// </summary>
public static class AgentsPlaygroundDefaults
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string TeamId = "team-id";
    public const string ChannelId = "channel-announcements-id";
    public const string BotId = "00000000-0000-0000-0000-00000000000011";

    public static JsonObject MessageMentioningBot(Uri serviceUrl, string text, long messageId)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["type"] = "message",
            ["text"] = $"<at>TeamsJourney</at> {text}",
            ["id"] = Guid.NewGuid().ToString(),
            ["from"] = new JsonObject { ["id"] = "user-id-0", ["name"] = "Alex Wilber", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000020" },
            ["timestamp"] = now.ToString("o"),
            ["localTimestamp"] = now.ToString("o"),
            ["localTimezone"] = "UTC",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["conversation"] = new JsonObject
            {
                ["isGroup"] = true,
                ["conversationType"] = "channel",
                ["tenantId"] = TenantId,
                ["id"] = $"{ChannelId};messageid={messageId}",
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Test Bot" },
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
            ["entities"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "mention",
                    ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Test Bot" },
                    ["text"] = "<at>TeamsJourney</at>",
                },
                new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "US", ["timezone"] = "UTC" }),
            ["channelData"] = new JsonObject
            {
                ["teamsChannelId"] = ChannelId,
                ["teamsTeamId"] = TeamId,
                ["tenant"] = new JsonObject { ["id"] = TenantId },
                ["team"] = new JsonObject { ["id"] = TeamId },
                ["channel"] = new JsonObject { ["id"] = ChannelId },
            },
            ["channelId"] = "msteams",
        };
    }
}
