using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// One group's item inside a cluster, with its provenance: which group, who wrote it (on <see cref="Item"/>),
/// whether it is a fact or an assumption and its source (the item's <see cref="MapItem.Evidence"/>).
/// The item is the group's own, untouched: consolidation never edits a group's map.
/// </summary>
/// <param name="Ref">The item across the workshop.</param>
/// <param name="GroupName">The group's display name.</param>
/// <param name="Item">The group's item as it is on their map.</param>
public sealed record ClusterMember(ItemRef Ref, string GroupName, MapItem Item)
{
    /// <summary>True when the item is marked as backed by evidence.</summary>
    public bool IsFact => Item.Evidence?.Kind == EvidenceKind.Fact;
}
