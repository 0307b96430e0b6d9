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

    public static TheoryData<string, Action<Workshop>> EveryChange() => new()
    {
        { "Retitle", w => w.Retitle("Another") },
        { "MoveTo", w => w.MoveTo(new TeamsLocation("tenant-1")) },
        { "ReplaceObjectives", w => w.ReplaceObjectives(["x"]) },
        { "ReplaceStakeholders", w => w.ReplaceStakeholders(["x"]) },
        { "AddFacilitator", w => w.AddFacilitator("aad-2") },
        { "InviteFacilitator", w => w.InviteFacilitator("29:chat-2") },
        { "ClaimFacilitatorInvitation", w => w.ClaimFacilitatorInvitation("29:chat-1", "aad-3") },
        { "AddGroup", w => w.AddGroup("g-2", "Table 2", "missed-bin-collection") },
        { "RenameGroup", w => w.RenameGroup("g-1", "Table 9") },
        { "RemoveGroup", w => w.RemoveGroup("g-1") },
        { "UseFacilitatorThread", w => w.UseFacilitatorThread("19:facilitators") },
        { "Configure", w => w.Configure(WorkshopSetup.Default, DateTimeOffset.UnixEpoch) },
        { "SetLocked", w => w.SetLocked(true, DateTimeOffset.UnixEpoch) },
        { "StartPhase", w => w.StartPhase(WorkshopPhase.Journey, DateTimeOffset.UnixEpoch) },
        { "PauseAll", w => w.PauseAll(DateTimeOffset.UnixEpoch) },
        { "ResumeAll", w => w.ResumeAll(DateTimeOffset.UnixEpoch) },
        { "ExtendTimeBox", w => w.ExtendTimeBox(TimeSpan.FromMinutes(5), DateTimeOffset.UnixEpoch) },
        { "TakeDue", w => w.TakeDue(DateTimeOffset.UnixEpoch) },
        { "ClearDomainEvents", w => w.ClearDomainEvents() },
        { "RestoreFacilitation", w => w.RestoreFacilitation(WorkshopSetup.Default, false, false, null) },
    };

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void A_frozen_workshop_refuses_every_change_and_stays_as_it_was(string change, Action<Workshop> apply)
    {
        var workshop = AWorkshop();
        workshop.AddGroup("g-1", "Table 1", "missed-bin-collection");
        workshop.InviteFacilitator("29:chat-1");
        workshop.Freeze();

        var refused = Assert.Throws<InvalidOperationException>(() => apply(workshop));

        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
        Assert.True(workshop.IsFrozen, change);
        Assert.Equal("Waste services journey day", workshop.Title);
        Assert.Equal(["g-1"], workshop.Groups.Select(g => g.Id));
        Assert.Equal(["29:chat-1"], workshop.InvitedFacilitators);
        Assert.False(workshop.IsLocked);
    }

    [Fact]
    public void Every_public_change_of_a_workshop_is_among_those_a_frozen_workshop_refuses()
    {
        // A new way to change a workshop must refuse on a frozen one too: list it above.
        var reads = new HashSet<string>(StringComparer.Ordinal) { nameof(Workshop.IsFacilitator), nameof(Workshop.FindGroup), nameof(Workshop.DueAt), nameof(Workshop.Freeze) };
        var changes = typeof(Workshop).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !reads.Contains(m.Name) && m.DeclaringType == typeof(Workshop))
            .Select(m => m.Name)
            .ToHashSet();

        Assert.Equal(changes.Order(), EveryChange().Select(row => (string)row[0]).Order());
    }
}
