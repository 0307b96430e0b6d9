namespace TeamsJourney.Domain.Planning;

/// <summary>
/// One change to the workshop's initiatives. Changes name the groups' initiatives, not pooled ones, so they keep their
/// meaning while groups add ideas; replaying them in order over the groups' maps gives the pool.
/// </summary>
public abstract record PlanChange;

/// <summary>The facilitator merges duplicate ideas from the groups into one.</summary>
/// <param name="Initiatives">Members of at least two pooled initiatives.</param>
public sealed record MergeInitiatives(IReadOnlyList<InitiativeRef> Initiatives) : PlanChange;

/// <summary>The facilitator gives a pooled initiative a title.</summary>
public sealed record RetitleInitiative(InitiativeRef Initiative, string Title) : PlanChange;

/// <summary>A participant puts one of their workshop-wide dots on an initiative.</summary>
public sealed record CastDot(InitiativeRef Initiative, string VoterId) : PlanChange;

/// <summary>A participant takes their dot back.</summary>
public sealed record WithdrawDot(InitiativeRef Initiative, string VoterId) : PlanChange;

/// <summary>The workshop rates impact and effort (1..5).</summary>
public sealed record RateInitiative(InitiativeRef Initiative, int Impact, int Effort) : PlanChange;

/// <summary>Links more pain points (from any group) to an initiative.</summary>
public sealed record LinkPainPoints(InitiativeRef Initiative, IReadOnlyList<Consolidation.ItemRef> PainPoints) : PlanChange;

/// <summary>The workshop agrees an initiative: owner, due date, success measure.</summary>
public sealed record AgreeInitiative(InitiativeRef Initiative, string Owner, DateOnly DueDate, string? SuccessMeasure) : PlanChange;

/// <summary>The plan of an agreed initiative moves on (or back).</summary>
public sealed record ChangeInitiativeStatus(InitiativeRef Initiative, InitiativeStatus Status) : PlanChange;
