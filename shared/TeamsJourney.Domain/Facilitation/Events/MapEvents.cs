using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Facilitation.Events;

/// <summary>A persona field was answered (single fields are replaced, list fields appended).</summary>
public sealed record PersonaFieldAnswered : GroupEvent
{
    public required PersonaField Field { get; init; }

    public required string Text { get; init; }
}

/// <summary>An item was added to the map at version 1, authored by the actor.</summary>
public sealed record ItemAdded : GroupEvent
{
    public required string ItemId { get; init; }

    public required string StageId { get; init; }

    public required Lane Lane { get; init; }

    public required string Text { get; init; }

    public TouchpointChannel? Channel { get; init; }

    public EvidenceKind? EvidenceKind { get; init; }

    public string? EvidenceSource { get; init; }
}

/// <summary>A stage's emotion was scored (-2..+2).</summary>
public sealed record EmotionScored : GroupEvent
{
    public required string StageId { get; init; }

    public required int Score { get; init; }
}

/// <summary>An item's text changed; its version went up by one.</summary>
public sealed record ItemEdited : GroupEvent
{
    public required string ItemId { get; init; }

    public required string Text { get; init; }
}

/// <summary>An item moved to another stage and/or lane; its version went up by one.</summary>
public sealed record ItemMoved : GroupEvent
{
    public required string ItemId { get; init; }

    public required string StageId { get; init; }

    public required Lane Lane { get; init; }
}

/// <summary>An item was deleted and unlinked from initiatives.</summary>
public sealed record ItemDeleted : GroupEvent
{
    public required string ItemId { get; init; }
}

/// <summary>An item's evidence was set, or cleared when <see cref="Kind"/> is null; its version went up by one.</summary>
public sealed record EvidenceSet : GroupEvent
{
    public required string ItemId { get; init; }

    public EvidenceKind? Kind { get; init; }

    public string? Source { get; init; }
}
