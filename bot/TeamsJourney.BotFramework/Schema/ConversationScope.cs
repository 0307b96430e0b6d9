namespace TeamsJourney.BotFramework.Schema;

/// <summary>Where a conversation happens in Teams.</summary>
public enum ConversationScope
{
    /// <summary>The channel gave no or an unknown conversation type.</summary>
    Unknown,

    /// <summary>A one-to-one chat with the bot.</summary>
    Personal,

    /// <summary>A group chat (including meeting chats).</summary>
    GroupChat,

    /// <summary>A team channel.</summary>
    Channel,
}
