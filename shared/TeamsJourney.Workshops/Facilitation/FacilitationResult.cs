namespace TeamsJourney.Workshops.Facilitation;

/// <summary>How a facilitator action ended.</summary>
public enum FacilitationOutcome
{
    /// <summary>Done: stored, and every group told.</summary>
    Done,

    /// <summary>The person is not a facilitator of the workshop; nothing changed.</summary>
    NotFacilitator,

    /// <summary>There is no such workshop.</summary>
    NoWorkshop,

    /// <summary>The rules refuse it (already paused, no phase running, a bad number); <see cref="FacilitationResult.Message"/> says why.</summary>
    Refused,
}

/// <summary>What a facilitator action did: the outcome, a sentence for the facilitator, the groups it touched, and the progress after it.</summary>
public sealed record FacilitationResult(FacilitationOutcome Outcome, string Message, IReadOnlyList<GroupMoved> Groups, WorkshopProgressReport? Progress)
{
    internal static FacilitationResult NotFacilitator { get; } =
        new(FacilitationOutcome.NotFacilitator, "Only the workshop's facilitators can do that.", [], null);

    internal static FacilitationResult NoWorkshop { get; } =
        new(FacilitationOutcome.NoWorkshop, "There is no workshop here yet: type 'new workshop' in the channel to set one up.", [], null);

    internal static FacilitationResult Refused(string reason) => new(FacilitationOutcome.Refused, reason, [], null);
}
