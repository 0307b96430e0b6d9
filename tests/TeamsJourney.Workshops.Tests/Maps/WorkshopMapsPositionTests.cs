using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Maps;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Maps;

/// <summary>
/// A map reader's position is its groups' versions (there is no workshop-wide sequence): catching up from it names
/// exactly the groups written since, on any instance.
/// </summary>
public sealed class WorkshopMapsPositionTests : IDisposable
{
    private readonly SqliteWorkshopFolder _folder = new();

    [Fact]
    public async Task The_map_carries_each_groups_version_and_the_position_they_add_up_to()
    {
        var repository = new WorkshopRepository(_folder.Store);
        await GivenTwoStartedGroupsAsync(repository);
        await AddAsync(repository, "g2", "A second note");

        var map = await new WorkshopMaps(repository).ReadAsync("ws-1", null);

        Assert.Equal([("g1", 1L), ("g2", 2L)], map!.Groups.Select(g => (g.GroupId, g.Version)));
        Assert.Equal(new Dictionary<string, long> { ["g1"] = 1, ["g2"] = 2 }, map.Position.GroupVersions);
        Assert.Equal(3, map.Version);
    }

    [Fact]
    public async Task Changes_after_a_position_are_the_groups_written_since_on_any_instance()
    {
        var (instanceA, instanceB) = (new WorkshopRepository(_folder.Store), new WorkshopRepository(_folder.Store));
        await GivenTwoStartedGroupsAsync(instanceA);
        var seen = (await new WorkshopMaps(instanceA).ReadAsync("ws-1", null))!.Position;

        var added = await AddAsync(instanceB, "g2", "Written on B");
        var changes = await new WorkshopMaps(instanceA).ReadChangesAsync("ws-1", seen, null);

        var group = Assert.Single(changes.Groups);
        Assert.Equal(("g2", added.StreamVersion), (group.GroupId, group.Version));
        Assert.Contains(group.Session.Map.Items, i => i.Text == "Written on B");
        Assert.Empty((await new WorkshopMaps(instanceA).ReadChangesAsync("ws-1", changes.Position, null)).Groups);
    }

    [Fact]
    public async Task A_reader_without_a_position_gets_every_started_group()
    {
        var repository = new WorkshopRepository(_folder.Store);
        await GivenTwoStartedGroupsAsync(repository);

        var changes = await new WorkshopMaps(repository).ReadChangesAsync("ws-1", null, null);

        Assert.Equal(["g1", "g2"], changes.Groups.Select(g => g.GroupId));
    }

    [Fact]
    public void A_position_names_the_groups_above_an_earlier_one_and_sums_their_versions()
    {
        var earlier = new MapPosition(new Dictionary<string, long> { ["g1"] = 4, ["g2"] = 7 });
        var later = new MapPosition(new Dictionary<string, long> { ["g1"] = 4, ["g2"] = 9, ["g3"] = 1 });

        Assert.Equal(["g2", "g3"], later.ChangedSince(earlier));
        Assert.Empty(earlier.ChangedSince(later));
        Assert.Equal((11L, 14L), (earlier.Version, later.Version));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<GroupCommandResult> AddAsync(WorkshopRepository repository, string groupId, string text)
    {
        var added = await repository.ExecuteAsync("ws-1", groupId, null, new AddItem(SqliteWorkshopFolder.Script().Stages[0].Id, Lane.PainPoint, text), SqliteWorkshopFolder.Context(), null);
        Assert.Equal(GroupCommandOutcome.Applied, added.Outcome);
        return added;
    }

    private static async Task GivenTwoStartedGroupsAsync(WorkshopRepository repository)
    {
        var workshop = Workshop.Create("ws-1", "Bins day", new TeamsLocation("tenant-1", "team-1", "19:c@thread.tacv2"));
        workshop.AddGroup("g1", "Group 1", SqliteWorkshopFolder.Script().Id);
        workshop.AddGroup("g2", "Group 2", SqliteWorkshopFolder.Script().Id);
        Assert.True(await repository.CreateWorkshopAsync(workshop, SqliteWorkshopFolder.Now));
        foreach (var group in new[] { "g1", "g2" })
        {
            Assert.Equal(GroupCommandOutcome.Applied, (await repository.ExecuteAsync("ws-1", group, SqliteWorkshopFolder.Script(), new Start(group), SqliteWorkshopFolder.Context(), null)).Outcome);
        }
    }
}
