using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Tabs.Tests.Fixtures;

/// <summary>A workshop with one started group, written through the repository as the bot would: <c>await SeededWorkshop.CreateAsync(repo)</c>.</summary>
internal sealed class SeededWorkshop
{
    public const string ScenarioId = "missed-bin-collection";

    private SeededWorkshop(WorkshopRepository repository, string workshopId, string groupId, string firstStageId)
    {
        Repository = repository;
        WorkshopId = workshopId;
        GroupId = groupId;
        FirstStageId = firstStageId;
    }

    public WorkshopRepository Repository { get; }

    public string WorkshopId { get; }

    public string GroupId { get; }

    public string FirstStageId { get; }

    public static async Task<SeededWorkshop> CreateAsync(WorkshopRepository repository, string tenantId = People.Tenant, string? teamId = People.Team, string? channelId = People.Channel)
    {
        ArgumentNullException.ThrowIfNull(repository);
        Assert.True(BuiltInScenarios.TryGet(ScenarioId, out var script));
        var workshopId = "ws-" + Guid.NewGuid().ToString("N")[..12];
        var groupId = "group-" + Guid.NewGuid().ToString("N")[..8];
        var workshop = Workshop.Create(workshopId, "Missed bins workshop", new TeamsLocation(tenantId, teamId, channelId), ["Fewer repeat calls"], ["Waste services"]);
        workshop.AddGroup(groupId, "Group A", ScenarioId);
        Assert.True(await repository.CreateWorkshopAsync(workshop, DateTimeOffset.UtcNow));
        var started = await repository.ExecuteAsync(workshopId, groupId, script, new Start("Group A"), Context(), "start-" + groupId);
        Assert.Equal(GroupCommandOutcome.Applied, started.Outcome);
        return new SeededWorkshop(repository, workshopId, groupId, script.Stages[0].Id);
    }

    /// <summary>Adds an item as the bot's facilitator would, returning its id.</summary>
    public async Task<string> AddItemAsync(string text, Lane lane = Lane.PainPoint)
    {
        var result = await Repository.ExecuteAsync(WorkshopId, GroupId, null, new AddItem(FirstStageId, lane, text), Context(), null);
        Assert.Equal(GroupCommandOutcome.Applied, result.Outcome);
        return result.Events.OfType<ItemAdded>().Single().ItemId;
    }

    public async Task<MapItem> StoredItemAsync(string itemId) =>
        (await Repository.LoadGroupAsync(WorkshopId, GroupId))!.Map.FindItem(itemId)!;

    private static CommandContext Context() =>
        CommandContext.Create(new CommandActor("29:facilitator", "Priya Shah", IsFacilitator: true), DateTimeOffset.UtcNow);
}
