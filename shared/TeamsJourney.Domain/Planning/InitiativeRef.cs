namespace TeamsJourney.Domain.Planning;

/// <summary>Names one group's initiative across the workshop (initiative ids are unique inside a group only).</summary>
/// <param name="GroupId">The group that proposed it.</param>
/// <param name="InitiativeId">Its id on that group's map.</param>
public readonly record struct InitiativeRef(string GroupId, string InitiativeId)
{
    /// <inheritdoc />
    public override string ToString() => $"{GroupId}/{InitiativeId}";
}
