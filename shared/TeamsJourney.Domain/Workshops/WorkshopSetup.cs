using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Workshops;

/// <summary>
/// How a facilitator set a workshop up: the scenario groups start by default, the depth they work at, the time box
/// of each phase, how long before a time box ends the groups are reminded, and whether the end of a time box moves
/// every group on by itself (otherwise the facilitator says when).
/// </summary>
public sealed record WorkshopSetup
{
    /// <summary>The longest time box a phase may have.</summary>
    public static readonly TimeSpan MaxTimeBox = TimeSpan.FromHours(4);

    /// <summary>The reminder lead when none is set.</summary>
    public static readonly TimeSpan DefaultReminderLead = TimeSpan.FromMinutes(2);

    /// <summary>No scenario, default depth, no time boxes, a two-minute reminder, the facilitator moves groups on.</summary>
    public static WorkshopSetup Default { get; } = new();

    /// <summary>The scenario a bare "start" begins, or null to ask.</summary>
    public string? ScenarioId { get; init; }

    /// <summary>The depth groups work at ("mvp" or "full"), or null for the scenario's default.</summary>
    public string? Depth { get; init; }

    /// <summary>The time box of each phase that has one.</summary>
    public IReadOnlyDictionary<WorkshopPhase, TimeSpan> TimeBoxes { get; init; } = new Dictionary<WorkshopPhase, TimeSpan>();

    /// <summary>How long before the end of a time box each group is reminded (zero: no reminder).</summary>
    public TimeSpan ReminderLead { get; init; } = DefaultReminderLead;

    /// <summary>True when every group moves to the next phase by itself at the end of a time box.</summary>
    public bool AutoAdvance { get; init; }

    /// <summary>The time box of <paramref name="phase"/>, or null when it has none.</summary>
    public TimeSpan? TimeBoxOf(WorkshopPhase phase) => TimeBoxes.TryGetValue(phase, out var length) ? length : null;

    /// <summary>Checks every value; throws <see cref="DomainValidationException"/> naming the field at fault.</summary>
    public WorkshopSetup Validated()
    {
        if (ScenarioId is not null)
        {
            Identifier.Require(ScenarioId, "scenario");
        }

        if (Depth is not null && Depth is not ("mvp" or "full"))
        {
            throw new DomainValidationException("depth", "Depth is either 'mvp' or 'full'.");
        }

        foreach (var (phase, length) in TimeBoxes)
        {
            if (length <= TimeSpan.Zero || length > MaxTimeBox)
            {
                throw new DomainValidationException(
                    $"timeBox.{WorkshopPhases.NameOf(phase)}", $"The {WorkshopPhases.NameOf(phase)} time box must be between 1 minute and {MaxTimeBox.TotalMinutes:N0} minutes.");
            }
        }

        if (ReminderLead < TimeSpan.Zero || ReminderLead > TimeSpan.FromMinutes(30))
        {
            throw new DomainValidationException("reminder", "The reminder comes between 0 and 30 minutes before the end of a time box.");
        }

        return this;
    }
}
