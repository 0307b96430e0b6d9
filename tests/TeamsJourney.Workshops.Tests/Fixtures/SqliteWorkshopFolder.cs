using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage.Sqlite;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Tests.Fixtures;

/// <summary>A SQLite store in a temporary folder, and a workshop "ws-1" with one started group "g1" on the missed-bin scenario.</summary>
internal sealed class SqliteWorkshopFolder : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-workshops-").FullName;

    public SqliteWorkshopFolder() => Store = new SqliteWorkshopStore(Path.Combine(_folder, "workshops.db"));

    public SqliteWorkshopStore Store { get; }

    public static ScenarioScript Script() => BuiltInScenarios.All.First(s => s.Id == "missed-bin-collection");

    public static CommandContext Context(string userId = "aad-priya", string name = "Priya Shah") =>
        CommandContext.Create(new CommandActor(userId, name, IsFacilitator: true), Now);

    public static async Task<Workshop> StartGroupAsync(WorkshopRepository repository)
    {
        var workshop = Workshop.Create("ws-1", "Bins day", new TeamsLocation("tenant-1", "team-1", "19:c@thread.tacv2"));
        workshop.AddFacilitator("aad-priya");
        workshop.AddGroup("g1", "Group 1", Script().Id);
        Assert.True(await repository.CreateWorkshopAsync(workshop, Now));
        var started = await repository.ExecuteAsync("ws-1", "g1", Script(), new Start("Group 1"), Context(), null);
        Assert.Equal(GroupCommandOutcome.Applied, started.Outcome);
        return workshop;
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
