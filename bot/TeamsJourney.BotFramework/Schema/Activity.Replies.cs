using System.Text.Json.Nodes;

namespace TeamsJourney.BotFramework.Schema;

public sealed partial class Activity
{
    /// <summary>A new outbound message with plain text.</summary>
    public static Activity CreateMessage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };
    }

    /// <summary>A new outbound message carrying one Adaptive Card (the card's JSON).</summary>
    public static Activity CreateCardMessage(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = AttachmentContentTypes.AdaptiveCard, Content = card }],
        };
    }

    /// <summary>
    /// A message replying to this activity: sender and recipient swapped, same conversation, channel and
    /// serviceUrl, <see cref="ReplyToId"/> set to this activity's id.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = text is null ? null : "plain",
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null
            ? null
            : new ConversationAccount
            {
                Id = Conversation.Id,
                ConversationType = Conversation.ConversationType,
                TenantId = Conversation.TenantId,
                IsGroup = Conversation.IsGroup,
            },
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        ReplyToId = Id,
        Locale = Locale,
    };
}
