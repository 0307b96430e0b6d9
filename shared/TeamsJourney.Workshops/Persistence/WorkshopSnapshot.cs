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

        return workshop;
    }
}
