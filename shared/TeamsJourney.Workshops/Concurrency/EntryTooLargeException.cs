namespace TeamsJourney.Workshops.Concurrency;

/// <summary>
/// Something a person wrote is larger than the store accepts; nothing was stored. The message names what
/// is too big, its size and the limit, so it can be shown as it is.
/// </summary>
public sealed class EntryTooLargeException : Exception
{
    public EntryTooLargeException()
        : this("The entry is larger than can be stored.")
    {
    }

    public EntryTooLargeException(string message)
        : base(message)
    {
    }

    public EntryTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
