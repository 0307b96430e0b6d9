using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// How much of a set of items rests on evidence: facts against assumptions and items nobody marked. Shown per stage
/// so a workshop sees where its map is guesswork and what to research next.
/// </summary>
/// <param name="Facts">Items marked as facts.</param>
/// <param name="Assumptions">Items marked as assumptions.</param>
/// <param name="Unmarked">Items with neither mark.</param>
public sealed record EvidenceStrength(int Facts, int Assumptions, int Unmarked)
{
    /// <summary>No items at all.</summary>
    public static EvidenceStrength None { get; } = new(0, 0, 0);

    /// <summary>Every item counted.</summary>
    public int Total => Facts + Assumptions + Unmarked;

    /// <summary>The share of items backed by facts, 0..1; null when there are no items to judge.</summary>
    public double? FactShare => Total == 0 ? null : (double)Facts / Total;

    /// <summary>Counts the evidence marks of <paramref name="items"/>.</summary>
    public static EvidenceStrength Of(IEnumerable<MapItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        int facts = 0, assumptions = 0, unmarked = 0;
        foreach (var item in items)
        {
            switch (item.Evidence?.Kind)
            {
                case EvidenceKind.Fact: facts++; break;
                case EvidenceKind.Assumption: assumptions++; break;
                default: unmarked++; break;
            }
        }

        return new EvidenceStrength(facts, assumptions, unmarked);
    }
}
