using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage.Sqlite;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Tests.Persistence;

/// <summary>
/// Repositories keep groups in memory and catch up from the store; two host instances on one store
/// must still see each other's writes, and a cached read must equal a full replay.
/// </summary>
public sealed class WorkshopRepositoryCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-cache-").FullName;
    private readonly SqliteWorkshopStore _store;

    public WorkshopRepositoryCacheTests() => _store = new SqliteWorkshopStore(Path.Combine(_folder, "cache.db"));

    [Fact]
    public async Task An_instance_that_read_a_group_sees_what_another_instance_wrote_since()
    {
        var (instanceA, instanceB) = (new WorkshopRepository(_store), new WorkshopRepository(_store));
        await StartGroupAsync(instanceA);
        Assert.NotNull(await instanceA.LoadGroupAsync("ws-1", "g1"));

        var added = await instanceB.ExecuteAsync("ws-1", "g1", null, new AddItem(FirstStage(), Lane.PainPoint, "Written on B"), Context(), null);
        Assert.Equal(GroupCommandOutcome.Applied, added.Outcome);

        var seenOnA = await instanceA.LoadGroupAsync("ws-1", "g1");
        Assert.Contains(seenOnA!.Map.Items, i => i.Text == "Written on B");
        Assert.Equal(await instanceA.GroupVersionsAsync("ws-1"), await instanceB.GroupVersionsAsync("ws-1"));
        Assert.Equal(added.StreamVersion, (await instanceA.LoadGroupWithVersionAsync("ws-1", "g1"))!.Value.Version);
    }

    [Fact]
    public async Task A_cached_group_equals_a_fresh_replay_after_many_writes()
    {
        var cached = new WorkshopRepository(_store);
        await StartGroupAsync(cached);
        for (var i = 0; i < 40; i++)
        {
            var lane = i % 2 == 0 ? Lane.Thought : Lane.PainPoint;
            await cached.ExecuteAsync("ws-1", "g1", null, new AddItem(FirstStage(), lane, $"Note {i}"), Context(), $"delivery-{i}");
            await cached.LoadGroupAsync("ws-1", "g1");
        }

        var fromCache = await cached.LoadGroupAsync("ws-1", "g1");
        var replayed = await new WorkshopRepository(_store).LoadGroupAsync("ws-1", "g1");
        Assert.Equal(replayed!.Map.Items.Select(i => (i.Id, i.Text, i.Version)), fromCache!.Map.Items.Select(i => (i.Id, i.Text, i.Version)));
        Assert.Equal(replayed.EventCount, fromCache.EventCount);
    }

    [Fact]
    public async Task A_workshop_loaded_twice_gives_two_independent_aggregates()
    {
        var repository = new WorkshopRepository(_store);
        await StartGroupAsync(repository);

        var first = await repository.LoadWorkshopAsync("ws-1");
        first!.Workshop.Retitle("Changed but never saved");
        var second = await repository.LoadWorkshopAsync("ws-1");

        Assert.Equal("Bins day", second!.Workshop.Title);
    }

    [Fact]
    public async Task Readers_of_the_recent_workshop_share_one_frozen_view_until_it_changes_and_a_change_loads_its_own()
    {
        var repository = new WorkshopRepository(_store);
        await StartGroupAsync(repository);

        var first = (await repository.LoadRecentWorkshopAsync("ws-1"))!.Workshop;
        var second = (await repository.LoadRecentWorkshopAsync("ws-1"))!.Workshop;
        Assert.Same(first, second);
        Assert.True(first.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => first.Retitle("Changed on a shared view"));
        Assert.False((await repository.LoadWorkshopAsync("ws-1"))!.Workshop.IsFrozen);

        await repository.UpdateWorkshopAsync("ws-1", w => w.Retitle("Bins day, round 2"), Now);

        var afterChange = (await repository.LoadRecentWorkshopAsync("ws-1"))!.Workshop;
        Assert.NotSame(first, afterChange);
        Assert.Equal("Bins day, round 2", afterChange.Title);
        Assert.Equal("Bins day", first.Title);
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static ScenarioScript Script() => BuiltInScenarios.All.First(s => s.Id == "missed-bin-collection");

    private static string FirstStage() => Script().Stages[0].Id;

    private static CommandContext Context() => CommandContext.Create(new CommandActor("aad-priya", "Priya Shah", IsFacilitator: true), Now);

    private static async Task StartGroupAsync(WorkshopRepository repository)
    {
        var workshop = Workshop.Create("ws-1", "Bins day", new TeamsLocation("tenant-1", "team-1", "19:c@thread.tacv2"));
        workshop.AddGroup("g1", "Group 1", Script().Id);
        Assert.True(await repository.CreateWorkshopAsync(workshop, Now));
        var started = await repository.ExecuteAsync("ws-1", "g1", Script(), new Start("Group 1"), Context(), null);
        Assert.Equal(GroupCommandOutcome.Applied, started.Outcome);
    }
}
