using Microsoft.Extensions.Logging;

namespace TeamsJourney.Workshops.DataRights;

/// <summary>The data-rights use cases' log lines.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Workshop {WorkshopId} {Action} by {ActorId}; {Files} document files erased.")]
    public static partial void WorkshopDeleted(ILogger logger, string workshopId, string action, string actorId, int files);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "The app was removed from team {TeamId}; {Count} workshops now follow the uninstall retention ({Days} days).")]
    public static partial void AppRemoved(ILogger logger, string teamId, int count, int days);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Error, Message = "The retention sweep failed; it runs again at the next interval.")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
