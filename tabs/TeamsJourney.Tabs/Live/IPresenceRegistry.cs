namespace TeamsJourney.Tabs.Live;

/// <summary>
/// Where presence lives: in memory for one instance, in Redis when several instances share a backplane,
/// so every instance can send the whole list for a workshop.
/// </summary>
public interface IPresenceRegistry
{
    /// <summary>Records or replaces one connection's presence and returns the workshop's list.</summary>
    Task<IReadOnlyList<PresenceEntry>> UpsertAsync(string workshopId, PresenceEntry entry, CancellationToken cancellationToken = default);

    /// <summary>True when anyone has the workshop's map open (on any instance): only then is a change worth pushing.</summary>
    Task<bool> HasViewersAsync(string workshopId, CancellationToken cancellationToken = default);

    /// <summary>Forgets one connection and returns the workshop's list.</summary>
    Task<IReadOnlyList<PresenceEntry>> RemoveAsync(string workshopId, string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Forgets everyone's presence in the workshop (it was deleted).</summary>
    Task ForgetWorkshopAsync(string workshopId, CancellationToken cancellationToken = default);
}
