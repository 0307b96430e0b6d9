namespace TeamsJourney.Domain.Workshops;

/// <summary>
/// Something that happened to a workshop as a whole (not to one group). Raised inside <see cref="Workshop"/>'s
/// methods; the application layer reads them after a change to tell the groups and refresh progress views.
/// </summary>
/// <param name="At">When it happened.</param>
public abstract record WorkshopEvent(DateTimeOffset At);

/// <summary>The facilitator (re)configured the workshop.</summary>
public sealed record WorkshopConfigured(DateTimeOffset At) : WorkshopEvent(At);

/// <summary>Every group was sent to <paramref name="Phase"/>; its time box (if any) ends at <paramref name="EndsAt"/>.</summary>
public sealed record PhaseStarted(DateTimeOffset At, WorkshopPhase Phase, DateTimeOffset? EndsAt) : WorkshopEvent(At);

/// <summary>The facilitator gave the current phase more time.</summary>
public sealed record TimeBoxExtended(DateTimeOffset At, WorkshopPhase Phase, TimeSpan By, TimeSpan? Left) : WorkshopEvent(At);

/// <summary>The facilitator paused every group.</summary>
public sealed record WorkshopPaused(DateTimeOffset At) : WorkshopEvent(At);

/// <summary>The facilitator let every group carry on.</summary>
public sealed record WorkshopResumed(DateTimeOffset At) : WorkshopEvent(At);

/// <summary>The facilitator locked (or unlocked) the map against edits.</summary>
public sealed record MapLockChanged(DateTimeOffset At, bool Locked) : WorkshopEvent(At);

/// <summary>The current time box ends soon: every group is reminded.</summary>
public sealed record TimeBoxEndingSoon(DateTimeOffset At, WorkshopPhase Phase, DateTimeOffset EndsAt) : WorkshopEvent(At);

/// <summary>
/// The current time box is over. <paramref name="MoveOnTo"/> is the phase every group now moves to by itself,
/// or null when the facilitator decides (or voting was the last phase).
/// </summary>
public sealed record TimeBoxEnded(DateTimeOffset At, WorkshopPhase Phase, WorkshopPhase? MoveOnTo) : WorkshopEvent(At);
