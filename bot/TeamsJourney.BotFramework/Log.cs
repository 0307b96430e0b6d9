using Microsoft.Extensions.Logging;

namespace TeamsJourney.BotFramework;

/// <summary>Source-generated log messages of the protocol layer, in one place.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Rejected the bearer token of activity {ActivityId}: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string? activityId, string? reason);

    [LoggerMessage(2, LogLevel.Information, "Token key id {KeyId} is not in the metadata of {MetadataUrl}; refreshing keys")]
    public static partial void UnknownSigningKey(ILogger logger, string keyId, string metadataUrl);

    [LoggerMessage(3, LogLevel.Error, "Could not fetch OpenID metadata from {MetadataUrl}")]
    public static partial void MetadataUnavailable(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(4, LogLevel.Warning, "Connector call {Method} {Path} failed with HTTP {StatusCode}")]
    public static partial void ConnectorCallFailed(ILogger logger, string method, string path, int statusCode);

    [LoggerMessage(5, LogLevel.Warning, "Refused an unreadable activity: {Reason}")]
    public static partial void ActivityUnreadable(ILogger logger, string reason);

    [LoggerMessage(6, LogLevel.Error, "The activity handler failed on {ActivityType} activity {ActivityId}")]
    public static partial void HandlerFailed(ILogger logger, string? activityType, string? activityId, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "A queued update of activity {ActivityId} was not delivered (HTTP {StatusCode})")]
    public static partial void QueuedUpdateFailed(ILogger logger, string activityId, int? statusCode, Exception exception);

    [LoggerMessage(8, LogLevel.Debug, "A thread is at its send limit; the next send waits {WaitMilliseconds} ms")]
    public static partial void ThreadThrottled(ILogger logger, double waitMilliseconds);

    [LoggerMessage(9, LogLevel.Warning, "Ignored {ActivityType} activity {ActivityId}: {Reason}")]
    public static partial void ActivityFromOtherTenantIgnored(ILogger logger, string? activityType, string? activityId, string reason);

    [LoggerMessage(10, LogLevel.Warning, "Outbound {Method} {Path} was over {BudgetBytes} bytes: its longest texts were shortened")]
    public static partial void OutboundActivityShortened(ILogger logger, string method, string path, int budgetBytes);

    [LoggerMessage(11, LogLevel.Error, "Outbound {Method} {Path} could not be shortened to {BudgetBytes} bytes: a notice was sent instead")]
    public static partial void OutboundActivityReplaced(ILogger logger, string method, string path, int budgetBytes);

    [LoggerMessage(12, LogLevel.Warning, "The invoke answer was over {BudgetBytes} bytes: its longest texts were shortened")]
    public static partial void InvokeAnswerShortened(ILogger logger, int budgetBytes);
}
