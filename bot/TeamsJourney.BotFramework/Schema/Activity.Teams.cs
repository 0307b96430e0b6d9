using System.Text.Json;

namespace TeamsJourney.BotFramework.Schema;

public sealed partial class Activity
{
    private const string ThreadMessageIdMarker = ";messageid=";

    /// <summary>Where the conversation happens, from <see cref="ConversationAccount.ConversationType"/>.</summary>
    public ConversationScope GetConversationScope() => Conversation?.ConversationType switch
    {
        ConversationTypes.Personal => ConversationScope.Personal,
        ConversationTypes.GroupChat => ConversationScope.GroupChat,
        ConversationTypes.Channel => ConversationScope.Channel,
        _ => ConversationScope.Unknown,
    };

    /// <summary>
    /// The root message id of a channel thread, read from a conversation id of the form
    /// <c>19:...@thread.tacv2;messageid=&lt;root&gt;</c>; null when the conversation is not a thread.
    /// </summary>
    public string? GetChannelThreadRootId()
    {
        var id = Conversation?.Id;
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var marker = id.IndexOf(ThreadMessageIdMarker, StringComparison.OrdinalIgnoreCase);
        if (marker < 0)
        {
            return null;
        }

        var root = id[(marker + ThreadMessageIdMarker.Length)..];
        var end = root.IndexOf(';', StringComparison.Ordinal);
        root = end >= 0 ? root[..end] : root;
        return root.Length == 0 ? null : root;
    }

    /// <summary>
    /// The Teams view of <see cref="ChannelData"/>; null when there is none or it is not an object.
    /// Wrongly typed members yield null rather than an exception, because channel data is advisory.
    /// </summary>
    public TeamsChannelData? GetTeamsChannelData()
    {
        if (ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        try
        {
            return data.Deserialize(ActivityJsonContext.Default.TeamsChannelData);
        }
        catch (JsonException)
        {
            // A channel that sends e.g. "tenant": "x" gives us nothing usable; callers treat it as absent.
            return null;
        }
    }
}
