using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// Items from one or more groups that say the same thing at the same stage and lane of the consolidated map.
/// </summary>
/// <param name="Id">Stable while its first item stays in it: "c:" and that item's reference.</param>
/// <param name="Name">The facilitator's name for it, or the first item's text.</param>
/// <param name="IsNamed">True when the facilitator named it.</param>
/// <param name="StageId">The workshop stage.</param>
/// <param name="Lane">The lane.</param>
/// <param name="Members">The groups' items, in group order then the order they were added.</param>
public sealed record ItemCluster(string Id, string Name, bool IsNamed, string StageId, Lane Lane, IReadOnlyList<ClusterMember> Members)
{
    /// <summary>The cluster id for a cluster whose first item is <paramref name="first"/>.</summary>
    public static string IdFor(ItemRef first) => $"c:{first}";

    /// <summary>How many different groups said it: more groups, more weight.</summary>
    public int GroupCount => Members.Select(m => m.Ref.GroupId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>How strongly the cluster rests on facts.</summary>
    public EvidenceStrength Evidence => EvidenceStrength.Of(Members.Select(m => m.Item));

    /// <summary>True when the cluster holds <paramref name="item"/>.</summary>
    public bool Contains(ItemRef item) => Members.Any(m => m.Ref == item);
}
