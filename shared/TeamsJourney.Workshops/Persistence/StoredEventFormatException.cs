using TeamsJourney.Storage;
namespace TeamsJourney.Workshops.Persistence;

/// <summary>A stored event could not be read back as a domain event: the store holds data this version does not understand.</summary>
internal sealed class StoredEventFormatException : InvalidOperationException
{
    public StoredEventFormatException()
    {
    }

    public StoredEventFormatException(string message)
        : base(message)
    {
    }

    public StoredEventFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal StoredEventFormatException(StoredEvent stored, string reason, Exception? innerException = null)
        : base($"Event {stored.StreamVersion} ({stored.Type}) of workshop {stored.WorkshopId}, stream {stored.StreamId}, cannot be read: {reason}.", innerException)
    {
    }
}
