namespace TeamsJourney.Storage;

/// <summary>An event to append; the store treats <paramref name="Data"/> as opaque JSON text.</summary>
/// <param name="Type">The event type name, used by the codec to pick a deserializer.</param>
/// <param name="Data">The JSON payload, at most <see cref="StorageLimits.MaxEventDataLength"/> characters.</param>
/// <param name="ActorId">Who caused the event (a Teams user id), when known.</param>
/// <param name="OccurredAt">When the event happened.</param>
internal sealed record NewEvent(string Type, string Data, string? ActorId, DateTimeOffset OccurredAt);
