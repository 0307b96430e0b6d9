namespace TeamsJourney.Documents.ReadModel;

/// <summary>An improvement idea the group voted on.</summary>
/// <param name="Title">Short name.</param>
/// <param name="Description">What would change.</param>
/// <param name="PainPointIds">Ids of the <see cref="Lane.PainPoint"/> items it addresses.</param>
/// <param name="Votes">Votes it received (0 or more).</param>
/// <param name="Impact">Expected impact, 1 (low) to 5 (high); null while the group has not rated it.</param>
/// <param name="Effort">Expected effort, 1 (low) to 5 (high); null while the group has not rated it.</param>
/// <param name="Plan">Owner, due date and measure once agreed; null while nothing is agreed.</param>
public sealed record Initiative(
    string Title,
    string Description,
    IReadOnlyList<string> PainPointIds,
    int Votes,
    int? Impact,
    int? Effort,
    ActionPlan? Plan = null)
{
    /// <summary>True once both impact and effort are scored; only rated initiatives are placed on the impact/effort matrix.</summary>
    public bool IsRated => Impact is not null && Effort is not null;

    /// <summary>Lowest impact or effort score.</summary>
    public const int MinScore = 1;

    /// <summary>Highest impact or effort score.</summary>
    public const int MaxScore = 5;
}
