using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TeamsJourney.Workshops.Changes;

namespace TeamsJourney.Tabs.Live;

/// <summary>
/// Pushes "groupChanged" to the workshop's hub group as a delta: the items, initiatives, stages, persona and step
/// fields a change touched, with the group's stream version before and after (tabs/API.md). Changes that queue up for
/// the same group in an unbroken run are sent as one delta. A workshop nobody has open costs nothing: the delta is
/// built only when someone is viewing (a tab that opens later reads the map).
/// </summary>
/// <remarks>
/// Order: the repository reports one group's changes inside its write turn, so they arrive here in the order they
/// were stored, and this single reader sends them in that order (the Redis backplane keeps the order of one
/// publisher). Changes stored by another instance are pushed by that instance and may interleave; the versions let a
/// client see the gap and read the group again.
/// </remarks>
internal sealed partial class GroupChangePublisher(
    GroupChangeQueue queue, IHubContext<MapHub> hub, IPresenceRegistry presence, ILogger<GroupChangePublisher> logger) : BackgroundService
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

            foreach (var run in Runs(pending))
            {
                await PublishAsync(run.First, run.Last, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Splits what queued up into runs of consecutive changes per group (first and last of each), keeping the
    /// order of each group's changes: a run is cut where a version does not follow on from the one before.
    /// </summary>
    internal static IEnumerable<(GroupChange First, GroupChange Last)> Runs(IReadOnlyList<GroupChange> pending)
    {
        var open = new Dictionary<(string, string), (GroupChange First, GroupChange Last)>();
        var order = new List<(string, string)>();
        var closed = new List<(GroupChange First, GroupChange Last)>();
        foreach (var change in pending)
        {
            var key = (change.WorkshopId, change.GroupId);
            if (open.TryGetValue(key, out var run))
            {
                if (GroupDelta.Continues(run.Last, change))
                {
                    open[key] = (run.First, change);
                    continue;
                }

                closed.Add(run);
            }
            else
            {
                order.Add(key);
            }

            open[key] = (change, change);
        }

        // A group's cut runs go first, in order, then every group's last run.
        return [.. closed, .. order.Select(k => open[k])];
    }

    private async Task PublishAsync(GroupChange first, GroupChange last, CancellationToken cancellationToken)
    {
        try
        {
            if (!await presence.HasViewersAsync(last.WorkshopId, cancellationToken))
            {
                return;
            }

            await hub.Clients.Group(MapHubMessages.GroupFor(last.WorkshopId)).SendAsync(
                MapHubMessages.GroupChanged, GroupDelta.Between(first, last), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad group (or a Redis hiccup) must not stop the pushes for everyone else: the next delta shows its
            // clients the gap, and they read the group again.
            LogPublishFailed(logger, ex, last.WorkshopId, last.GroupId, last.ToVersion);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push the change of group {GroupId} in workshop {WorkshopId} (group version {GroupVersion}) to the live map.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string workshopId, string groupId, long groupVersion);
}
