namespace TeamsJourney.Bot.Conversations;

/// <summary>The bot's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(2, LogLevel.Information, "The bot was removed from conversation {ConversationId}.")]
    public static partial void BotRemoved(ILogger logger, string? conversationId);
}
