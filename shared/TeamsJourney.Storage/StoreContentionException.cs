namespace TeamsJourney.Storage;

/// <summary>
/// The store could not find a quiet moment to write: other writers kept committing first. Nothing of this write
/// was stored; trying again later is safe. The application layer turns this into its one "busy" outcome.
/// </summary>
internal sealed class StoreContentionException : Exception
{
    public StoreContentionException()
    {
    }

    public StoreContentionException(string message)
        : base(message)
    {
    }

    public StoreContentionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
