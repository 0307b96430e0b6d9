using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Workshops;

/// <summary>How the workshop is run: its setup, the lock on the map, the workshop-wide pause and the phase clock.</summary>
public sealed partial class Workshop
{
    /// <summary>The most extra time one "extend" may give.</summary>
    public static readonly TimeSpan MaxExtension = TimeSpan.FromMinutes(60);

    private readonly List<WorkshopEvent> _events = [];

    /// <summary>
    /// The Teams conversation the facilitators run the workshop from (where "new workshop" was typed): its progress
    /// card lives there. Null for a workshop made by a group's first start.
    /// </summary>
    public string? FacilitatorConversationId { get; private set; }

    /// <summary>How the facilitator set the workshop up.</summary>
    public WorkshopSetup Setup { get; private set; } = WorkshopSetup.Default;

    /// <summary>True while the facilitator has locked the map: no group or tab edit is accepted.</summary>
    public bool IsLocked { get; private set; }

    /// <summary>True while the facilitator has paused every group.</summary>
    public bool IsPaused { get; private set; }

    /// <summary>The phase every group was last moved to and its time box, or null before the first move.</summary>
    public PhaseClock? Clock { get; private set; }

    /// <summary>What happened to the workshop since it was loaded, oldest first.</summary>
    public IReadOnlyList<WorkshopEvent> DomainEvents => _events.AsReadOnly();

    /// <summary>
    /// When the workshop next needs attention without anyone pressing anything (a reminder or the end of a time
    /// box), or null. Stored beside the workshop so a timer finds it again after a restart.
    /// </summary>
    public DateTimeOffset? NextDueAt
    {
        get
        {
            if (IsPaused || Clock is not { EndsAt: { } end, Ended: false } clock)
            {
                return null;
            }

            var reminder = end - Setup.ReminderLead;
            return !clock.Reminded && Setup.ReminderLead > TimeSpan.Zero && reminder > clock.StartedAt ? reminder : end;
        }
    }

    /// <summary>Names the conversation the facilitators run the workshop from (null: none).</summary>
    public void UseFacilitatorThread(string? conversationId)
    {
        ThrowIfFrozen();
        FacilitatorConversationId = conversationId is null ? null : Identifier.Require(conversationId, "conversation id");
    }

    /// <summary>Sets the workshop up (or changes its setup); every value is checked first.</summary>
    public void Configure(WorkshopSetup setup, DateTimeOffset now)
    {
        ThrowIfFrozen();
        ArgumentNullException.ThrowIfNull(setup);
        Setup = setup.Validated();
        _events.Add(new WorkshopConfigured(now));
    }

    /// <summary>Locks the map against edits, or unlocks it; the same state twice changes nothing.</summary>
    public void SetLocked(bool locked, DateTimeOffset now)
    {
        ThrowIfFrozen();
        if (IsLocked != locked)
        {
            IsLocked = locked;
            _events.Add(new MapLockChanged(now, locked));
        }
    }

    /// <summary>Starts the clock of <paramref name="phase"/>: its time box (if any) runs from <paramref name="now"/>.</summary>
    public void StartPhase(WorkshopPhase phase, DateTimeOffset now)
    {
        ThrowIfFrozen();
        var length = Setup.TimeBoxOf(phase);
        Clock = new PhaseClock(phase, now, IsPaused ? null : now + length, IsPaused ? length : null, false, false);
        _events.Add(new PhaseStarted(now, phase, Clock.EndsAt));
    }

    /// <summary>Pauses every group; the time box stops with them.</summary>
    public void PauseAll(DateTimeOffset now)
    {
        ThrowIfFrozen();
        if (IsPaused)
        {
            throw new DomainValidationException("pause", "The workshop is already paused.");
        }

        IsPaused = true;
        if (Clock is { EndsAt: not null } clock)
        {
            Clock = clock with { EndsAt = null, LeftWhenPaused = clock.LeftAt(now) };
        }

        _events.Add(new WorkshopPaused(now));
    }

    /// <summary>Lets every group carry on; the time box runs on from what was left.</summary>
    public void ResumeAll(DateTimeOffset now)
    {
        ThrowIfFrozen();
        if (!IsPaused)
        {
            throw new DomainValidationException("resume", "The workshop is not paused.");
        }

        IsPaused = false;
        if (Clock is { LeftWhenPaused: { } left } clock)
        {
            Clock = clock with { EndsAt = now + left, LeftWhenPaused = null };
        }

        _events.Add(new WorkshopResumed(now));
    }

    /// <summary>
    /// Gives the current phase <paramref name="by"/> more time (a phase without a time box gets one of that length).
    /// A time box extended past its reminder reminds again; one that had ended runs again.
    /// </summary>
    public void ExtendTimeBox(TimeSpan by, DateTimeOffset now)
    {
        ThrowIfFrozen();
        if (by <= TimeSpan.Zero || by > MaxExtension)
        {
            throw new DomainValidationException("minutes", $"Extend by 1 to {MaxExtension.TotalMinutes:N0} minutes.");
        }

        if (Clock is not { } clock)
        {
            throw new DomainValidationException("phase", "No phase is running yet: move every group to a phase first.");
        }

        var left = (clock.LeftAt(now) ?? TimeSpan.Zero) + by;
        var remindAgain = left > Setup.ReminderLead;
        Clock = IsPaused
            ? clock with { LeftWhenPaused = left, Reminded = clock.Reminded && !remindAgain, Ended = false }
            : clock with { EndsAt = now + left, Reminded = clock.Reminded && !remindAgain, Ended = false };
        _events.Add(new TimeBoxExtended(now, clock.Phase, by, left));
    }

    /// <summary>
    /// What the time box has due at <paramref name="now"/>, without handling it: the timer tells the groups first and
    /// marks it handled (<see cref="TakeDue"/>) after, so a host stopping in between sends it on its next round.
    /// </summary>
    public TimeBoxDue DueAt(DateTimeOffset now) =>
        NextDueAt is not { } due || due > now || Clock is not { EndsAt: { } end } ? TimeBoxDue.Nothing
        : end > now ? TimeBoxDue.Reminder
        : TimeBoxDue.End;

    /// <summary>
    /// Handles what the time box has due at <paramref name="now"/>: a reminder, or its end (which moves every group
    /// on when the setup says so). When the host was down past the end, the reminder is skipped: it would come late.
    /// </summary>
    public TimeBoxDue TakeDue(DateTimeOffset now)
    {
        ThrowIfFrozen();
        var due = DueAt(now);
        if (due == TimeBoxDue.Nothing || Clock is not { EndsAt: { } end } clock)
        {
            return TimeBoxDue.Nothing;
        }

        if (due == TimeBoxDue.Reminder)
        {
            Clock = clock with { Reminded = true };
            _events.Add(new TimeBoxEndingSoon(now, clock.Phase, end));
            return TimeBoxDue.Reminder;
        }

        Clock = clock with { Reminded = true, Ended = true };
        var next = Setup.AutoAdvance ? WorkshopPhases.After(clock.Phase) : null;
        _events.Add(new TimeBoxEnded(now, clock.Phase, next));
        return TimeBoxDue.End;
    }

    /// <summary>Forgets the events raised so far (after they were handled).</summary>
    public void ClearDomainEvents()
    {
        ThrowIfFrozen();
        _events.Clear();
    }

    /// <summary>
    /// Puts back how the workshop was being run, as it was stored; no event is raised. For the repository only:
    /// every other change goes through the methods above.
    /// </summary>
    public void RestoreFacilitation(WorkshopSetup setup, bool isLocked, bool isPaused, PhaseClock? clock)
    {
        ThrowIfFrozen();
        ArgumentNullException.ThrowIfNull(setup);
        Setup = setup;
        IsLocked = isLocked;
        IsPaused = isPaused;
        Clock = clock;
    }
}
