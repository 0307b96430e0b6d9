using Microsoft.AspNetCore.SignalR;
using TeamsJourney.Workshops.Edits;

namespace TeamsJourney.Tabs.Live;

/// <summary>Sends "conflictResolved" to everyone on the workshop's map.</summary>
internal sealed class HubConflictNotice(IHubContext<MapHub> hub) : IConflictNotice
{
    public Task AnnounceAsync(string workshopId, string itemId, string winner, string field, CancellationToken cancellationToken = default) =>
        hub.Clients.Group(MapHubMessages.GroupFor(workshopId))
            .SendAsync(MapHubMessages.ConflictResolved, new ConflictResolvedMessage(itemId, winner, field), cancellationToken);
}
