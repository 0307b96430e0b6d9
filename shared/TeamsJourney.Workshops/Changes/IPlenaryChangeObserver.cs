namespace TeamsJourney.Workshops.Changes;

/// <summary>
/// Told after a second-half change is stored (a merge, a dot, an agreement, a version), whoever made it, so live
/// views refresh. Called once per change, after the write; a failing observer does not undo it.
/// </summary>
public interface IPlenaryChangeObserver
{
    /// <summary>Handles one stored change.</summary>
    Task OnPlenaryChangedAsync(PlenaryChange change, CancellationToken cancellationToken = default);
}

/// <summary>The workshop whose second half changed, and the second-half version it is at now.</summary>
public sealed record PlenaryChange(string WorkshopId, long Version);
