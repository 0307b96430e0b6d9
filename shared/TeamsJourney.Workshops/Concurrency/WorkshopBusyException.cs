namespace TeamsJourney.Workshops.Concurrency;

/// <summary>
/// The one "busy, try again" outcome of the application layer: a write kept losing to concurrent writers
/// (or the store found no quiet moment to write). Nothing of this write was stored; the same request can
/// simply be sent again. Hosts map it once: the tab to 503 problem details with Retry-After, the bot to a
/// friendly card.
/// </summary>
public sealed class WorkshopBusyException : Exception
{
    /// <summary>How long a client should wait before trying again.</summary>
    public static TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(1);

    public WorkshopBusyException()
        : this("Too many changes at once.")
    {
    }

    public WorkshopBusyException(string message)
        : base(message)
    {
    }

    public WorkshopBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
