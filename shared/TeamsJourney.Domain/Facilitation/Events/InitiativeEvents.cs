namespace TeamsJourney.Domain.Facilitation.Events;

/// <summary>An initiative was proposed by the actor.</summary>
public sealed record InitiativeProposed : GroupEvent
{
    public required string InitiativeId { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<string> PainPointIds { get; init; }
}

/// <summary>The actor put one dot on an initiative.</summary>
public sealed record VoteCast : GroupEvent
{
    public required string InitiativeId { get; init; }
}

/// <summary>The actor took their dot back off an initiative.</summary>
public sealed record VoteWithdrawn : GroupEvent
{
    public required string InitiativeId { get; init; }
}

/// <summary>An initiative's impact and effort were rated (1..5 each).</summary>
public sealed record InitiativeRated : GroupEvent
{
    public required string InitiativeId { get; init; }

    public required int Impact { get; init; }

    public required int Effort { get; init; }
}
