using Microsoft.AspNetCore.SignalR;
using TeamsJourney.Workshops.DataRights;

namespace TeamsJourney.Tabs.Live;

/// <summary>
/// A deleted workshop leaves no presence behind (who had its map open is personal data too), and the tabs that
/// still show it are told, so they stop showing a map that no longer exists.
/// </summary>
internal sealed class PresenceErasure(IPresenceRegistry presence, IHubContext<MapHub> hub) : IWorkshopDeletionObserver
{
    public async Task OnWorkshopDeletedAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        await presence.ForgetWorkshopAsync(workshopId, cancellationToken);
        await hub.Clients.Group(MapHubMessages.GroupFor(workshopId)).SendAsync(MapHubMessages.WorkshopDeleted, workshopId, cancellationToken);
    }
}
