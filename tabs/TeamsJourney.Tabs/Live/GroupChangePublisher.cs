using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TeamsJourney.Workshops.Changes;
using TeamsJourney.Tabs.Snapshots;

namespace TeamsJourney.Tabs.Live;

/// <summary>
/// Pushes "groupChanged" with the fresh group snapshot to the workshop's hub group. Changes that queue up
/// for the same group are sent once: the snapshot is whole, so the latest one carries them all. A workshop nobody
/// has open costs nothing: the snapshot is built only when someone is viewing (a tab that opens later reads the map).
/// </summary>
internal sealed partial class GroupChangePublisher(
    GroupChangeQueue queue, WorkshopMapReader reader, IHubContext<MapHub> hub, IPresenceRegistry presence, ILogger<GroupChangePublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pending = new List<GroupChange>();
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            pending.Clear();
            while (queue.Reader.TryRead(out var change))
            {
                pending.Add(change);
            }

            foreach (var latest in pending.GroupBy(c => (c.WorkshopId, c.GroupId)).Select(g => g.MaxBy(c => c.StreamVersion)!))
            {
                await PublishAsync(latest, stoppingToken);
            }
        }
    }

    private async Task PublishAsync(GroupChange change, CancellationToken cancellationToken)
    {
        try
        {
            if (!await presence.HasViewersAsync(change.WorkshopId, cancellationToken))
            {
                return;
            }

            var group = await reader.ReadGroupAsync(change.WorkshopId, change.GroupId, null, cancellationToken);
            if (group is null)
            {
                return;
            }

            await hub.Clients.Group(MapHubMessages.GroupFor(change.WorkshopId)).SendAsync(
                MapHubMessages.GroupChanged, new GroupChangedMessage(change.WorkshopId, change.GroupId, change.StreamVersion, group), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad group (or a Redis hiccup) must not stop the pushes for everyone else; clients catch up through /changes.
            LogPublishFailed(logger, ex, change.WorkshopId, change.GroupId, change.StreamVersion);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push the change of group {GroupId} in workshop {WorkshopId} (group version {Version}) to the live map.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string workshopId, string groupId, long version);
}
