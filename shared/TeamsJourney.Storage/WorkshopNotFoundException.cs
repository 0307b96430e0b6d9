namespace TeamsJourney.Storage;

/// <summary>Thrown when events are appended to a workshop that was never created.</summary>
internal sealed class WorkshopNotFoundException : InvalidOperationException
{
    public WorkshopNotFoundException()
        : this("The workshop does not exist.")
    {
    }

    public WorkshopNotFoundException(string message)
        : base(message)
    {
        WorkshopId = string.Empty;
    }

    public WorkshopNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        WorkshopId = string.Empty;
    }

    /// <summary>Creates the exception for the missing <paramref name="workshopId"/>.</summary>
    public static WorkshopNotFoundException For(string workshopId) =>
        new($"Workshop '{workshopId}' does not exist; create it before appending events.") { WorkshopId = workshopId };

    /// <summary>The id that was not found.</summary>
    public string WorkshopId { get; private init; }
}
