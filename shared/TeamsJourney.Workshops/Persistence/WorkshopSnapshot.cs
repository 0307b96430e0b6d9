using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Workshops.Persistence;

/// <summary>
/// The stored form of a <see cref="Workshop"/> aggregate: each save appends one snapshot to the
/// workshop's "workshop" stream, so the stream's version is the aggregate's optimistic version and
/// its history shows how the workshop was set up.
/// </summary>
internal sealed record WorkshopSnapshot
{
    public const string EventType = "WorkshopSnapshot";

    public required string Title { get; init; }

    public required string TenantId { get; init; }

    public string? TeamId { get; init; }

    public string? ChannelId { get; init; }

    public IReadOnlyList<string> Objectives { get; init; } = [];

    public IReadOnlyList<string> Stakeholders { get; init; } = [];

    public IReadOnlyList<string> Facilitators { get; init; } = [];

    public IReadOnlyList<WorkshopGroup> Groups { get; init; } = [];

    // How the workshop is run (absent in snapshots written before facilitators could set a workshop up).
    public string? FacilitatorConversationId { get; init; }

    public IReadOnlyList<string> InvitedFacilitators { get; init; } = [];

    public string? ScenarioId { get; init; }

    public string? Depth { get; init; }

    public Dictionary<WorkshopPhase, long> TimeBoxSeconds { get; init; } = [];

    public long ReminderLeadSeconds { get; init; } = (long)WorkshopSetup.DefaultReminderLead.TotalSeconds;

    public bool AutoAdvance { get; init; }

    public bool IsLocked { get; init; }

    public bool IsPaused { get; init; }

    public PhaseClock? Clock { get; init; }

    public static WorkshopSnapshot Of(Workshop workshop) => new()
    {
        Title = workshop.Title,
        TenantId = workshop.Location.TenantId,
        TeamId = workshop.Location.TeamId,
        ChannelId = workshop.Location.ChannelId,
        Objectives = [.. workshop.Objectives],
        Stakeholders = [.. workshop.Stakeholders],
        Facilitators = [.. workshop.Facilitators],
        Groups = [.. workshop.Groups],
        FacilitatorConversationId = workshop.FacilitatorConversationId,
        InvitedFacilitators = [.. workshop.InvitedFacilitators],
        ScenarioId = workshop.Setup.ScenarioId,
        Depth = workshop.Setup.Depth,
        TimeBoxSeconds = workshop.Setup.TimeBoxes.ToDictionary(t => t.Key, t => (long)t.Value.TotalSeconds),
        ReminderLeadSeconds = (long)workshop.Setup.ReminderLead.TotalSeconds,
        AutoAdvance = workshop.Setup.AutoAdvance,
        IsLocked = workshop.IsLocked,
        IsPaused = workshop.IsPaused,
        Clock = workshop.Clock,
    };

    public Workshop ToWorkshop(string workshopId)
    {
        var workshop = Workshop.Create(workshopId, Title, new TeamsLocation(TenantId, TeamId, ChannelId), Objectives, Stakeholders);
        foreach (var facilitator in Facilitators)
        {
            workshop.AddFacilitator(facilitator);
        }

        foreach (var group in Groups)
        {
            workshop.AddGroup(group.Id, group.Name, group.ScenarioId);
        }

        workshop.UseFacilitatorThread(FacilitatorConversationId);
        foreach (var invited in InvitedFacilitators)
        {
            workshop.InviteFacilitator(invited);
        }
        var setup = new WorkshopSetup
        {
            ScenarioId = ScenarioId,
            Depth = Depth,
            TimeBoxes = TimeBoxSeconds.ToDictionary(t => t.Key, t => TimeSpan.FromSeconds(t.Value)),
            ReminderLead = TimeSpan.FromSeconds(ReminderLeadSeconds),
            AutoAdvance = AutoAdvance,
        };
        workshop.RestoreFacilitation(setup, IsLocked, IsPaused, Clock);
        workshop.ClearDomainEvents();

        return workshop;
    }
}
