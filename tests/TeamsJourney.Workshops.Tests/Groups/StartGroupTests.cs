using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Groups;

/// <summary>Starting groups: concurrent starts in a new channel, and a workshop whose creation stopped half way.</summary>
public sealed class StartGroupTests : IDisposable
{
    private static readonly WorkshopPlace Channel = new("ws-channel", "tenant-1", "team-1", "19:c@thread.tacv2", "Bins");
    private readonly SqliteWorkshopFolder _folder = new();

    [Fact]
    public async Task Twenty_starts_at_once_in_a_new_channel_each_get_their_group_in_one_workshop()
    {
        var repository = new WorkshopRepository(_folder.Store);
        var start = Starter(repository);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => start.StartAsync(Request(i)))));

        Assert.All(results, r => Assert.Equal(GroupCommandOutcome.Applied, r.Result!.Outcome));
        var workshop = (await new WorkshopRepository(_folder.Store).LoadWorkshopAsync(Channel.WorkshopId))!.Workshop;
        Assert.Equal(20, workshop.Groups.Count);
        Assert.Equal(20, workshop.Groups.Select(g => g.Name).Distinct().Count());
    }

    [Fact]
    public async Task A_workshop_whose_creation_stopped_after_its_header_is_completed_by_the_next_start()
    {
        // The first creator wrote the header and stopped (a crash) before the first snapshot.
        Assert.True(await _folder.Store.TryCreateWorkshopAsync(new WorkshopHeader(Channel.WorkshopId, Channel.TenantId, Channel.TeamId, Channel.ChannelId, "Bins", SqliteWorkshopFolder.Now)));
        var repository = new WorkshopRepository(_folder.Store);

        var result = await Starter(repository).StartAsync(Request(1));

        Assert.Equal(GroupCommandOutcome.Applied, result.Result!.Outcome);
        var workshop = (await repository.LoadWorkshopAsync(Channel.WorkshopId))!.Workshop;
        Assert.Equal("Table 1", Assert.Single(workshop.Groups).Name);
        Assert.True(workshop.IsFacilitator("aad-1"));
    }

    [Fact]
    public async Task A_group_name_already_taken_keeps_its_words_and_gets_a_number()
    {
        var repository = new WorkshopRepository(_folder.Store);
        var start = Starter(repository);

        await start.StartAsync(Request(1) with { GroupName = "Table 3" });
        var second = await start.StartAsync(Request(2) with { GroupName = "table 3" });
        var third = await start.StartAsync(Request(3) with { GroupName = "Table 3" });

        Assert.Equal(["Table 3", "table 3 (2)", "Table 3 (3)"], (await repository.LoadWorkshopAsync(Channel.WorkshopId))!.Workshop.Groups.Select(g => g.Name));
        Assert.Equal("table 3 (2)", second.Group!.GroupName);
        Assert.Equal("Table 3 (3)", third.Group!.GroupName);
    }

    [Fact]
    public async Task Many_readers_with_a_tiny_cache_never_trip_over_each_other()
    {
        var repository = new WorkshopRepository(_folder.Store, maxCachedEntries: 4);
        var start = Starter(repository);
        foreach (var i in Enumerable.Range(1, 8))
        {
            await start.StartAsync(Request(i));
        }

        var workshop = (await repository.LoadWorkshopAsync(Channel.WorkshopId))!.Workshop;
        var reads = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() =>
            repository.LoadGroupAsync(Channel.WorkshopId, workshop.Groups[i % workshop.Groups.Count].Id))));

        Assert.All(reads, session => Assert.True(session!.IsStarted));
    }

    public void Dispose() => _folder.Dispose();

    private static StartGroup Starter(WorkshopRepository repository)
    {
        var scenarios = new WorkshopScenarios(repository);
        return new StartGroup(repository, scenarios, new RunGroupCommand(repository, TimeProvider.System), TimeProvider.System);
    }

    private static StartGroupRequest Request(int i) => new(
        Channel,
        $"g{i}",
        new GroupConversation($"19:c@thread.tacv2;messageid={i}", "https://smba.example/", null, Channel.TenantId),
        BuiltInScenarios.All[0].Id,
        $"Table {i}",
        new Participant($"aad-{i}", $"Person {i}"),
        $"delivery-{i}");
}
