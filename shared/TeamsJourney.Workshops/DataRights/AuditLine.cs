namespace TeamsJourney.Workshops.DataRights;

/// <summary>One line of a workshop's audit trail, as a facilitator reads it.</summary>
/// <param name="Action">One of <see cref="AuditActions"/>.</param>
/// <param name="ActorId">Who (an Entra object id), or <see cref="AuditActions.SystemActor"/>.</param>
/// <param name="ActorName">Their name.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Detail">More about it.</param>
public sealed record AuditLine(string Action, string ActorId, string ActorName, DateTimeOffset OccurredAt, string? Detail);
