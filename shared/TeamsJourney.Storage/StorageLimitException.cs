namespace TeamsJourney.Storage;

/// <summary>
/// Thrown before anything is written when a value is larger than the storage backends accept.
/// The message names what is too big, its size and the limit, so it can be shown to a facilitator.
/// </summary>
internal sealed class StorageLimitException : Exception
{
    public StorageLimitException()
        : this("A value is larger than the store accepts.")
    {
    }

    public StorageLimitException(string message)
        : base(message)
    {
        Subject = string.Empty;
    }

    public StorageLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
        Subject = string.Empty;
    }

    /// <summary>Creates the exception for <paramref name="subject"/> measuring <paramref name="actual"/> against <paramref name="limit"/>.</summary>
    public StorageLimitException(string subject, long actual, long limit, string unit)
        : base($"{subject} is too big: {actual:N0} {unit}, the limit is {limit:N0} {unit}.")
    {
        Subject = subject;
        Actual = actual;
        Limit = limit;
    }

    /// <summary>What was too big, for example "event 3 data".</summary>
    public string Subject { get; }

    /// <summary>The measured size.</summary>
    public long Actual { get; }

    /// <summary>The largest size accepted.</summary>
    public long Limit { get; }
}
