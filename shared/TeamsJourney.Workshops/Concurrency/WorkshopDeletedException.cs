namespace TeamsJourney.Workshops.Concurrency;

/// <summary>
/// The workshop was deleted (by a facilitator or the retention policy, possibly on another instance) while this
/// instance still knew it: nothing was stored, and what this instance had cached of it is forgotten. Hosts map it
/// once: the tab to 404 problem details, the bot to a "this workshop was deleted" card.
/// </summary>
public sealed class WorkshopDeletedException : Exception
{
    public WorkshopDeletedException()
        : this(string.Empty)
    {
    }

    public WorkshopDeletedException(string workshopId)
        : this(workshopId, null)
    {
    }

    public WorkshopDeletedException(string workshopId, Exception? innerException)
        : base($"Workshop '{workshopId}' was deleted.", innerException) => WorkshopId = workshopId;

    /// <summary>The deleted workshop.</summary>
    public string WorkshopId { get; } = string.Empty;
}
