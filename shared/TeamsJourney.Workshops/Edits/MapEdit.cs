namespace TeamsJourney.Workshops.Edits;

/// <summary>One edit of a group's map, as the tab sends it (POST .../edits, see tabs/API.md); enum values are their names, e.g. "PainPoint".</summary>
public sealed record MapEdit
{
    public string? Op { get; init; }

    public string? ItemId { get; init; }

    public string? InitiativeId { get; init; }

    /// <summary>The item version the editor saw.</summary>
    public int? BaseVersion { get; init; }

    public string? StageId { get; init; }

    public string? Lane { get; init; }

    public string? Text { get; init; }

    public string? Channel { get; init; }

    public string? EvidenceKind { get; init; }

    public string? EvidenceSource { get; init; }

    /// <summary>Identifies the edit so a retry changes nothing.</summary>
    public string? ClientEditId { get; init; }
}
