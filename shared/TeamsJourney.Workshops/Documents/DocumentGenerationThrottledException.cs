namespace TeamsJourney.Workshops.Documents;

/// <summary>
/// A workshop's documents are being generated right now, or were a moment ago: nothing was generated; try again
/// after <see cref="RetryAfter"/>.
/// </summary>
public sealed class DocumentGenerationThrottledException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentGenerationThrottledException(TimeSpan retryAfter, bool running)
        : base(running
            ? "The documents of this workshop are being generated right now."
            : $"The documents of this workshop were generated a moment ago; generate them again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} s.")
    {
        RetryAfter = retryAfter;
        Running = running;
    }

    /// <summary>Creates the exception.</summary>
    public DocumentGenerationThrottledException()
        : this(TimeSpan.FromSeconds(1), running: false)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DocumentGenerationThrottledException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DocumentGenerationThrottledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How long to wait before asking again.</summary>
    public TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(1);

    /// <summary>True when a generation is running now (rather than having finished a moment ago).</summary>
    public bool Running { get; }
}
