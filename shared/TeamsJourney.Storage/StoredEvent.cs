namespace TeamsJourney.Storage;

/// <summary>An event as read back from the store.</summary>
/// <param name="WorkshopId">The workshop the event belongs to.</param>
/// <param name="StreamId">The stream inside the workshop (for example one breakout group).</param>
/// <param name="StreamVersion">1-based position of the event in its stream.</param>
/// <param name="Type">The event type name.</param>
/// <param name="Data">The JSON payload exactly as appended.</param>
/// <param name="ActorId">Who caused the event, when known.</param>
/// <param name="OccurredAt">When the event happened, with the offset it was appended with.</param>
internal sealed record StoredEvent(
    string WorkshopId,
    string StreamId,
    long StreamVersion,
    string Type,
    string Data,
    string? ActorId,
    DateTimeOffset OccurredAt);
