using System.Collections.Immutable;

namespace TeamsJourney.Domain.Maps;

/// <summary>
/// An improvement idea the group proposes, linked to the pain points it addresses, voted on
/// with dots and rated for impact and effort.
/// </summary>
public sealed record Initiative
{
    /// <summary>The lowest impact or effort rating.</summary>
    public const int MinRating = 1;

    /// <summary>The highest impact or effort rating.</summary>
    public const int MaxRating = 5;

    /// <summary>Stable initiative id.</summary>
    public required string Id { get; init; }

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>Optional longer description.</summary>
    public string? Description { get; init; }

    /// <summary>The ids of the pain point items it addresses.</summary>
    public IReadOnlyList<string> PainPointIds => PainPointIdList;

    /// <summary>The users who put a dot on it; each user at most once.</summary>
    public IReadOnlyList<string> VoterIds => VoterIdList;

    /// <summary>The number of dots.</summary>
    public int Votes => VoterIdList.Count;

    /// <summary>Impact from 1 (low) to 5 (high), once rated.</summary>
    public int? Impact { get; init; }

    /// <summary>Effort from 1 (low) to 5 (high), once rated.</summary>
    public int? Effort { get; init; }

    /// <summary>The user who proposed it.</summary>
    public required string ProposedById { get; init; }

    /// <summary>Their display name at the time.</summary>
    public required string ProposedByName { get; init; }

    internal ImmutableList<string> PainPointIdList { get; init; } = [];

    internal ImmutableList<string> VoterIdList { get; init; } = [];

    /// <summary>True when <paramref name="rating"/> is on the 1..5 scale.</summary>
    public static bool IsValidRating(int rating) => rating is >= MinRating and <= MaxRating;
}
