using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity: a loose mirror of the wire shape. Only the members the bot uses are typed;
/// every other property is kept in <see cref="ExtensionData"/> so a round trip loses nothing.
/// </summary>
public sealed partial class Activity
{
    /// <summary>The activity type, one of <see cref="ActivityTypes"/> (an open set).</summary>
    public string? Type { get; set; }

    /// <summary>The channel-assigned id of this activity.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel created the activity (UTC).</summary>
    [JsonConverter(typeof(UtcTimestampJsonConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The Connector endpoint that replies to this conversation must go to.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel, e.g. <c>msteams</c>.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }

    /// <summary>The receiver (the bot, on inbound activities).</summary>
    public ChannelAccount? Recipient { get; set; }

    /// <summary>The conversation the activity belongs to.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The message text (may contain Teams HTML such as <c>&lt;at&gt;</c> mentions).</summary>
    public string? Text { get; set; }

    /// <summary>The text format: <c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    /// <summary>The sender's locale, e.g. <c>en-GB</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>The id of the activity this one replies to.</summary>
    public string? ReplyToId { get; set; }

    /// <summary>The name of an invoke or event activity, e.g. <see cref="InvokeNames.AdaptiveCardAction"/>.</summary>
    public string? Name { get; set; }

    /// <summary>The payload of an invoke, event or legacy Action.Submit message.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>Attachments such as Adaptive Cards.</summary>
    public IList<Attachment>? Attachments { get; set; }

    /// <summary>Entities such as mentions and client info.</summary>
    public IList<Entity>? Entities { get; set; }

    /// <summary>Channel-specific data; see <see cref="GetTeamsChannelData"/>.</summary>
    public JsonElement? ChannelData { get; set; }

    /// <summary>Members added (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members removed (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>The installationUpdate action, one of <see cref="InstallationActions"/>.</summary>
    public string? Action { get; set; }

    /// <summary>Every wire property not typed above, preserved for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
