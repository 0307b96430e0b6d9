namespace TeamsJourney.Storage.Workshops;

/// <summary>A write kept losing to concurrent writers; nothing of this write was stored.</summary>
public sealed class ConcurrencyException : InvalidOperationException
{
    public ConcurrencyException()
    {
    }

    public ConcurrencyException(string message)
        : base(message)
    {
    }

    public ConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
