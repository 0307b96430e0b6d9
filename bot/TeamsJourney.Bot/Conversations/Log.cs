namespace TeamsJourney.Bot.Conversations;

/// <summary>The bot's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Group {GroupId} moved on but its card could not be updated (Connector answered {StatusCode}).")]
    public static partial void GroupCardNotUpdated(ILogger logger, string groupId, System.Net.HttpStatusCode? statusCode, Exception exception);

    [LoggerMessage(2, LogLevel.Information, "The bot was removed from conversation {ConversationId}.")]
    public static partial void BotRemoved(ILogger logger, string? conversationId);
}
