namespace TeamsJourney.Domain.Consolidation;

/// <summary>What the facilitator's operations are applied to.</summary>
public enum ClusteringStart
{
    /// <summary>Similar notes at the same stage and lane suggested as one cluster (<see cref="TextSimilarity"/>).</summary>
    Suggested,

    /// <summary>Every group's note on its own: the groups' maps exactly as they are.</summary>
    Separate,
}
