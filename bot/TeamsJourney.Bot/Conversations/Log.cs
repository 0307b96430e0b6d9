namespace TeamsJourney.Bot.Conversations;

/// <summary>The bot's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "The live card of group {GroupId} could not be queued for an update.")]
    public static partial void LiveCardNotQueued(ILogger logger, string groupId, Exception exception);

    [LoggerMessage(2, LogLevel.Information, "The bot was removed from conversation {ConversationId}.")]
    public static partial void BotRemoved(ILogger logger, string? conversationId);

    [LoggerMessage(3, LogLevel.Information, "Redelivered {ActivityType} activity {ActivityId} in {ConversationId} changed nothing: it was handled before.")]
    public static partial void RedeliveryIgnored(ILogger logger, string? activityType, string? activityId, string? conversationId);
}
