using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using TeamsJourney.Workshops.Changes;

namespace TeamsJourney.Tabs.Live;

/// <summary>
/// Tells open tabs that the workshop's second half changed ("plenaryChanged" with the version); each tab reads the
/// plenary again, because dots left and "my dot" differ per person. Nothing is sent when nobody has the workshop open.
/// </summary>
internal sealed partial class PlenaryChangePublisher(IHubContext<MapHub> hub, IPresenceRegistry presence, ILogger<PlenaryChangePublisher> logger)
    : IPlenaryChangeObserver
{
    public async Task OnPlenaryChangedAsync(PlenaryChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            if (await presence.HasViewersAsync(change.WorkshopId, cancellationToken))
            {
                await hub.Clients.Group(MapHubMessages.GroupFor(change.WorkshopId))
                    .SendAsync(MapHubMessages.PlenaryChanged, new PlenaryChangedMessage(change.WorkshopId, change.Version), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is stored; a tab that missed the push sees it on its next read. A failed push must not fail the write.
            LogPushFailed(logger, ex, change.WorkshopId, change.Version);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push the second-half change of workshop {WorkshopId} (version {Version}) to open tabs.")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string workshopId, long version);
}

/// <summary>The "plenaryChanged" push.</summary>
public sealed record PlenaryChangedMessage(string WorkshopId, long Version);
