namespace TeamsJourney.Domain.Consolidation;

/// <summary>An operation that no longer fits the groups' maps (its notes were deleted or moved), and why.</summary>
/// <param name="Index">Its position in <see cref="WorkshopConsolidation.Operations"/>.</param>
/// <param name="Operation">The operation.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record SkippedOperation(int Index, ClusterOperation Operation, string Reason);
