namespace TeamsJourney.Storage;

/// <summary>How an append ended.</summary>
internal enum AppendStatus
{
    /// <summary>The events were written.</summary>
    Appended,

    /// <summary>The stream was not at the expected version; nothing was written.</summary>
    Conflict,

    /// <summary>The idempotency key had already been recorded for this workshop; nothing was written.</summary>
    Duplicate,
}

/// <summary>The outcome of <see cref="IWorkshopStore.AppendAsync"/>.</summary>
/// <param name="Status">Whether the events were written, and if not, why.</param>
/// <param name="StreamVersion">
/// <see cref="AppendStatus.Appended"/>: the stream version after the append.
/// <see cref="AppendStatus.Conflict"/>: the stream's current version, to reload from.
/// <see cref="AppendStatus.Duplicate"/>: the stream version the original append produced.
/// </param>
internal sealed record AppendResult(AppendStatus Status, long StreamVersion)
{
    /// <summary>True when this call wrote the events.</summary>
    public bool IsAppended => Status == AppendStatus.Appended;
}
