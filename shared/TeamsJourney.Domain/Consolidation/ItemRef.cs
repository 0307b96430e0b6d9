namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// Names one item across the workshop: item ids are unique inside a group's map only, so the group id comes with it.
/// </summary>
/// <param name="GroupId">The group whose map holds the item.</param>
/// <param name="ItemId">The item's id on that map.</param>
public readonly record struct ItemRef(string GroupId, string ItemId)
{
    /// <inheritdoc />
    public override string ToString() => $"{GroupId}/{ItemId}";
}
