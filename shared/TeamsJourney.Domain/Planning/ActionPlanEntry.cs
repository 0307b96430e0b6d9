namespace TeamsJourney.Domain.Planning;

/// <summary>What the workshop agreed to do about an initiative.</summary>
/// <param name="Owner">Who is accountable (a name or a team).</param>
/// <param name="DueDate">When it is due.</param>
/// <param name="SuccessMeasure">How the workshop will know it worked, if agreed yet.</param>
/// <param name="Status">Where it is.</param>
public sealed record ActionPlanEntry(string Owner, DateOnly DueDate, string? SuccessMeasure, InitiativeStatus Status);
