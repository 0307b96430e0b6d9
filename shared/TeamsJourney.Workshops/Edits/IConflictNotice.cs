namespace TeamsJourney.Workshops.Edits;

/// <summary>Tells everyone on a workshop's map that a same-field edit lost (the "conflictResolved" message).</summary>
public interface IConflictNotice
{
    /// <summary>Announces that <paramref name="winner"/>'s change to <paramref name="field"/> of the item stands.</summary>
    Task AnnounceAsync(string workshopId, string itemId, string winner, string field, CancellationToken cancellationToken = default);
}
