namespace TeamsJourney.Workshops.DataRights;

/// <summary>
/// Told after a workshop was deleted from the store, so what a host keeps outside it goes too (the tab's presence
/// lists). Registered by the host; the deletion has happened whether or not an observer succeeds.
/// </summary>
public interface IWorkshopDeletionObserver
{
    Task OnWorkshopDeletedAsync(string workshopId, CancellationToken cancellationToken = default);
}
