namespace TeamsJourney.Documents.ReadModel;

/// <summary>How well an item is backed up.</summary>
/// <param name="Kind">Fact or assumption.</param>
/// <param name="Source">Where the fact comes from (research, data set, complaint log...), if given.</param>
public sealed record Evidence(EvidenceKind Kind, string? Source)
{
    /// <summary>An assumption nobody has sourced yet; the common case in a workshop.</summary>
    public static Evidence UnsourcedAssumption { get; } = new(EvidenceKind.Assumption, null);
}

/// <summary>Whether an item is known or believed.</summary>
public enum EvidenceKind
{
    /// <summary>Backed by research or data.</summary>
    Fact,

    /// <summary>Believed by the group, still to be tested.</summary>
    Assumption,
}
