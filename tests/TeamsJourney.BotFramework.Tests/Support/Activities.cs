using System.Text.Json;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Tests.Support;

/// <summary>Readable builders for the activities Teams sends.</summary>
public static class Activities
{
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";
    public const string ChannelConversationId = "19:abc123@thread.tacv2;messageid=1700000000000";

    public static Activity AMessage(string text = "hello", string serviceUrl = LocalTokenIssuer.ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000001",
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Text = text,
        From = new ChannelAccount { Id = UserId, Name = "Ada", AadObjectId = "aad-user-1" },
        Recipient = new ChannelAccount { Id = BotId, Name = "TeamsJourney" },
        Conversation = new ConversationAccount { Id = ChannelConversationId, ConversationType = "channel", TenantId = "tenant-1" },
    };

    public static Activity WithChannel(this Activity activity, string channelId)
    {
        activity.ChannelId = channelId;
        return activity;
    }

    public static Activity AnInvoke(string json) => ActivityParser.TryParse(JsonSerializer.SerializeToUtf8Bytes(JsonDocument.Parse(json).RootElement)).Activity
        ?? throw new InvalidOperationException("The test invoke does not parse.");
}
