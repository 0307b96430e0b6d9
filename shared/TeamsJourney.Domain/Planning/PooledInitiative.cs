using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Planning;

/// <summary>
/// One initiative of the workshop: a group's idea, or several groups' duplicates merged, with every group's original
/// kept, the pain points it addresses across groups, the workshop-wide dots, its rating and its action plan.
/// </summary>
/// <param name="Id">Stable while its first member stays in it: "i:" and that member's reference.</param>
/// <param name="Title">The facilitator's title, or the first member's.</param>
/// <param name="Members">The groups' initiatives it stands for, in group order.</param>
/// <param name="PainPoints">The pain points it addresses, across groups.</param>
/// <param name="VoterIds">Who put a workshop-wide dot on it.</param>
/// <param name="Impact">The workshop's impact rating (1..5), else the mean of the groups' ratings.</param>
/// <param name="Effort">The workshop's effort rating (1..5), else the mean of the groups' ratings.</param>
/// <param name="Plan">The agreed plan, once agreed.</param>
public sealed record PooledInitiative(
    string Id,
    string Title,
    IReadOnlyList<GroupInitiative> Members,
    IReadOnlyList<ItemRef> PainPoints,
    IReadOnlyList<string> VoterIds,
    int? Impact,
    int? Effort,
    ActionPlanEntry? Plan)
{
    /// <summary>The id for a pooled initiative whose first member is <paramref name="first"/>.</summary>
    public static string IdFor(InitiativeRef first) => $"i:{first}";

    /// <summary>The workshop-wide dots.</summary>
    public int Votes => VoterIds.Count;

    /// <summary>The dots its members got inside their groups (each person once).</summary>
    public int GroupVotes => Members.SelectMany(m => m.Initiative.VoterIds).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Proposed until agreed, then the plan's status.</summary>
    public InitiativeStatus Status => Plan?.Status ?? InitiativeStatus.Proposed;

    /// <summary>Its box in the impact/effort matrix, once rated.</summary>
    public MatrixQuadrant? Quadrant => Impact is { } impact && Effort is { } effort ? ImpactEffortMatrix.QuadrantOf(impact, effort) : null;

    /// <summary>True when it stands for <paramref name="member"/>.</summary>
    public bool Contains(InitiativeRef member) =>
        Members.Any(m => m.GroupId == member.GroupId && m.Initiative.Id == member.InitiativeId);

    /// <summary>References to its members.</summary>
    public IEnumerable<InitiativeRef> MemberRefs => Members.Select(m => new InitiativeRef(m.GroupId, m.Initiative.Id));
}
