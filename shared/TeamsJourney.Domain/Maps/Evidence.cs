using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Maps;

/// <summary>Whether a map item is known to be true or is still a guess to test.</summary>
public enum EvidenceKind
{
    /// <summary>Backed by data, research or first-hand observation.</summary>
    Fact,

    /// <summary>Believed but not yet checked.</summary>
    Assumption,
}

/// <summary>The evidence behind a map item.</summary>
public sealed record Evidence
{
    /// <summary>Longest accepted source description.</summary>
    public const int MaxSourceLength = 1_000;

    /// <summary>Creates evidence; the source is optional but trimmed and limited.</summary>
    public Evidence(EvidenceKind kind, string? source = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainValidationException("evidence kind", "The evidence kind must be Fact or Assumption.");
        }

        Kind = kind;
        Source = TextAnswer.Optional(source, "evidence source", MaxSourceLength);
    }

    /// <summary>Fact or assumption.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>Where the evidence comes from, e.g. "Complaints log, March".</summary>
    public string? Source { get; }
}
