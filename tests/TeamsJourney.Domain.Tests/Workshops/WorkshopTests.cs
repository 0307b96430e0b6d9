using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Domain.Tests.Workshops;

public sealed class WorkshopTests
{
    private static readonly TeamsLocation InAChannel = new("tenant-1", "team-1", "19:abc@thread.tacv2");

    private static Workshop AWorkshop() =>
        Workshop.Create("ws-1", "  Waste services journey day ", InAChannel, ["Find pain points"], ["Residents", "Crews"]);

    [Fact]
    public void Create_keeps_trimmed_title_objectives_and_stakeholders()
    {
        var workshop = AWorkshop();

        Assert.Equal("Waste services journey day", workshop.Title);
        Assert.Equal(["Find pain points"], workshop.Objectives);
        Assert.Equal(["Residents", "Crews"], workshop.Stakeholders);
        Assert.Equal("team-1", workshop.Location.TeamId);
    }

    [Fact]
    public void Create_refuses_an_empty_title()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Workshop.Create("ws-1", " ", InAChannel));
        Assert.Equal("title", ex.Field);
    }

    [Fact]
    public void AddGroup_adds_groups_in_order()
    {
        var workshop = AWorkshop();
        workshop.AddGroup("g1", "Group A", "missed-bin-collection");
        workshop.AddGroup("g2", "Group B", "blue-badge-application");

        Assert.Equal(["Group A", "Group B"], workshop.Groups.Select(g => g.Name));
        Assert.Equal("blue-badge-application", workshop.FindGroup("g2")!.ScenarioId);
    }

    [Fact]
    public void AddGroup_refuses_a_duplicate_name_ignoring_case()
    {
        var workshop = AWorkshop();
        workshop.AddGroup("g1", "Group A", "missed-bin-collection");

        var ex = Assert.Throws<DomainValidationException>(() => workshop.AddGroup("g2", "group a", "missed-bin-collection"));
        Assert.Equal("group name", ex.Field);
    }

    [Fact]
    public void AddGroup_refuses_a_duplicate_id()
    {
        var workshop = AWorkshop();
        workshop.AddGroup("g1", "Group A", "missed-bin-collection");

        Assert.Throws<DomainValidationException>(() => workshop.AddGroup("g1", "Group B", "missed-bin-collection"));
    }

    [Fact]
    public void RenameGroup_changes_only_that_group()
    {
        var workshop = AWorkshop();
        workshop.AddGroup("g1", "Group A", "missed-bin-collection");
        workshop.AddGroup("g2", "Group B", "missed-bin-collection");

        workshop.RenameGroup("g2", "Bin heroes");

        Assert.Equal(["Group A", "Bin heroes"], workshop.Groups.Select(g => g.Name));
    }

    [Fact]
    public void RemoveGroup_of_an_unknown_group_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => AWorkshop().RemoveGroup("nope"));
        Assert.Equal("group id", ex.Field);
    }

    [Fact]
    public void Groups_cannot_be_changed_through_the_exposed_list()
    {
        var workshop = AWorkshop();
        Assert.False(workshop.Groups is List<WorkshopGroup>);
        Assert.True(((ICollection<WorkshopGroup>)workshop.Groups).IsReadOnly);
    }

    [Fact]
    public void TeamsLocation_with_a_channel_but_no_team_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new TeamsLocation("tenant-1", null, "19:abc@thread.tacv2"));
        Assert.Equal("team id", ex.Field);
    }

    [Fact]
    public void TeamsLocation_for_a_chat_needs_only_the_tenant()
    {
        var location = new TeamsLocation("tenant-1");
        Assert.Null(location.TeamId);
        Assert.Null(location.ChannelId);
    }
}
