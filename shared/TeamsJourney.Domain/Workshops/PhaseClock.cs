namespace TeamsJourney.Domain.Workshops;

/// <summary>
/// The workshop's clock for the phase every group was last moved to: when it started, when its time box ends
/// (null without a time box, or while the workshop is paused), what was left when it was paused, and what of the
/// reminder and the end has already happened (so a restart never sends one twice).
/// </summary>
/// <param name="Phase">The phase the facilitator moved every group to.</param>
/// <param name="StartedAt">When that happened.</param>
/// <param name="EndsAt">When the time box ends; null when there is none or while paused.</param>
/// <param name="LeftWhenPaused">The time left when the workshop was paused.</param>
/// <param name="Reminded">True once the groups were reminded for this time box.</param>
/// <param name="Ended">True once the end of this time box was handled.</param>
public sealed record PhaseClock(
    WorkshopPhase Phase, DateTimeOffset StartedAt, DateTimeOffset? EndsAt, TimeSpan? LeftWhenPaused, bool Reminded, bool Ended)
{
    /// <summary>The time left at <paramref name="now"/> (never negative), or null when the phase has no time box.</summary>
    public TimeSpan? LeftAt(DateTimeOffset now) =>
        LeftWhenPaused ?? (EndsAt is { } end ? (end > now ? end - now : TimeSpan.Zero) : null);
}

/// <summary>What a time box asks for when its moment comes.</summary>
public enum TimeBoxDue
{
    /// <summary>Nothing is due yet.</summary>
    Nothing,

    /// <summary>Remind every group that the time box ends soon.</summary>
    Reminder,

    /// <summary>The time box is over: tell the groups (and move them on when the workshop says so).</summary>
    End,
}
