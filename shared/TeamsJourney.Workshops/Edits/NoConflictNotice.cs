namespace TeamsJourney.Workshops.Edits;

/// <summary>Used when no live view is mounted (a host without the tab): nobody is watching, so there is no one to tell.</summary>
internal sealed class NoConflictNotice : IConflictNotice
{
    public Task AnnounceAsync(string workshopId, string itemId, string winner, string field, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
