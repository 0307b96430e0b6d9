namespace TeamsJourney.Storage;

/// <summary>
/// One line of a workshop's audit trail: who did what to its data (exported, deleted, regenerated documents,
/// purged by retention). Kept apart from the workshop's own rows, so it outlives the workshop it describes.
/// </summary>
/// <param name="WorkshopId">The workshop the action was about.</param>
/// <param name="TenantId">The tenant that owns the workshop.</param>
/// <param name="Action">What was done, for example "exported"; at most 256 characters.</param>
/// <param name="ActorId">Who did it (an Entra object id or Teams user id), or "system" for the retention sweep.</param>
/// <param name="ActorName">The name shown for the actor.</param>
/// <param name="OccurredAt">When it was done.</param>
/// <param name="Detail">More about it (the reason, the files), at most 1,000 characters.</param>
internal sealed record AuditEntry(
    string WorkshopId,
    string TenantId,
    string Action,
    string ActorId,
    string ActorName,
    DateTimeOffset OccurredAt,
    string? Detail);
