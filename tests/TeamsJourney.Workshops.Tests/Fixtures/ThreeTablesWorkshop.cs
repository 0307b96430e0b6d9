using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Tests.Fixtures;

/// <summary>
/// A workshop "Bins day" facilitated by Priya with three started groups (g1, g2, g3 = Tables 1-3) on the missed-bin
/// scenario: pain points that overlap across tables, a customer action and four ideas, written through the repository
/// as the bot would. The second half's tests start from it.
/// </summary>
internal sealed class ThreeTablesWorkshop(WorkshopRepository repository, string workshopId)
{
    public static readonly Participant Facilitator = new("aad-priya", "Priya Shah");

    public string WorkshopId => workshopId;

    /// <summary>The first stage, where every note is put.</summary>
    public static string Stage => SqliteWorkshopFolder.Script().Stages[0].Id;

    public async Task CreateAsync()
    {
        var workshop = Workshop.Create(workshopId, "Bins day", new TeamsLocation("tenant-1", "team-1", $"19:{workshopId}@thread.tacv2"));
        workshop.AddFacilitator(Facilitator.UserId);
        foreach (var g in new[] { "g1", "g2", "g3" })
        {
            workshop.AddGroup(g, $"Table {g[1..]}", SqliteWorkshopFolder.Script().Id);
        }

        Assert.True(await repository.CreateWorkshopAsync(workshop, SqliteWorkshopFolder.Now));
        var notes = new Dictionary<string, (Lane Lane, string Text)[]>
        {
            ["g1"] = [(Lane.PainPoint, "Online form times out"), (Lane.PainPoint, "Nobody replies")],
            ["g2"] = [(Lane.PainPoint, "The online form timed out"), (Lane.PainPoint, "No answer to my emails"), (Lane.CustomerAction, "Checks the bin day")],
            ["g3"] = [(Lane.PainPoint, "Online form times out again"), (Lane.PainPoint, "Waits a week")],
        };
        foreach (var (group, items) in notes)
        {
            await RunAsync(group, new Start($"Table {group[1..]}"));
            foreach (var (lane, text) in items)
            {
                await RunAsync(group, new AddItem(Stage, lane, text));
            }
        }

        await RunAsync("g1", new ProposeInitiative("Autosave the form", [await IdOfAsync("g1", "Online form times out")]));
        await RunAsync("g2", new ProposeInitiative("Save the form as you go", []));
        await RunAsync("g2", new ProposeInitiative("Reply within two days", []));
        await RunAsync("g3", new ProposeInitiative("Text updates", []));
    }

    public async Task RunAsync(string groupId, GroupCommand command)
    {
        var result = await repository.ExecuteAsync(workshopId, groupId, SqliteWorkshopFolder.Script(), command, SqliteWorkshopFolder.Context(), null);
        Assert.True(result.Outcome == GroupCommandOutcome.Applied, $"{command} on {groupId}: {result.Outcome} {result.RejectionReason}");
    }

    public async Task<string> IdOfAsync(string groupId, string text) =>
        (await repository.LoadGroupAsync(workshopId, groupId))!.Map.Items.Single(i => i.Text == text).Id;

    public async Task<InitiativeRef> IdeaAsync(string groupId, string title) =>
        new(groupId, (await repository.LoadGroupAsync(workshopId, groupId))!.Map.Initiatives.Single(i => i.Title == title).Id);
}
