using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Planning;

namespace TeamsJourney.Workshops.Plenary;

/// <summary>A frozen version as listed: its number (1, 2, ...), name and when it was frozen.</summary>
public sealed record VersionSummary(int Number, string Name, DateTimeOffset FrozenAt);

/// <summary>
/// The workshop's second half as it stands: the consolidated map, the pooled initiatives with the vote and the
/// action plan, and the frozen versions. <see cref="Version"/> is the second-half stream's version, for live views.
/// </summary>
public sealed record PlenaryView(
    string WorkshopId,
    WorkshopConsolidation Consolidation,
    InitiativePool Initiatives,
    IReadOnlyList<VersionSummary> Versions,
    long Version,
    IReadOnlyList<string> Facilitators)
{
    /// <summary>True when <paramref name="userId"/> facilitates the workshop (and so may shape the second half).</summary>
    public bool IsFacilitator(string userId) => Facilitators.Contains(userId, StringComparer.Ordinal);
}

/// <summary>How a second-half request ended.</summary>
public enum PlenaryOutcome
{
    /// <summary>Done; the view shows the result.</summary>
    Applied,

    /// <summary>There is no such workshop (or version).</summary>
    NotFound,

    /// <summary>Only the workshop's facilitators may do that.</summary>
    NotFacilitator,

    /// <summary>The change does not fit the workshop as it stands; the reason says why.</summary>
    Refused,
}

/// <summary>The outcome, why it was refused, and the view after it.</summary>
public sealed record PlenaryResult(PlenaryOutcome Outcome, string? Reason, PlenaryView? View)
{
    internal static PlenaryResult NotFound { get; } = new(PlenaryOutcome.NotFound, "There is no such workshop.", null);

    internal static PlenaryResult NotFacilitator { get; } =
        new(PlenaryOutcome.NotFacilitator, "Only the workshop's facilitators can change the consolidated map and the plan.", null);
}
