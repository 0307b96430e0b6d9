using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Api;

/// <summary>
/// The Office add-in has no Teams context, so it lists workshops without a team header: every workshop of the
/// teams the signed-in caller belongs to, in their tenant, and nothing else.
/// </summary>
public sealed class AddinListingTests : TabTestBase
{
    [Fact]
    public async Task Without_a_team_header_a_member_sees_the_workshops_of_their_teams()
    {
        var otherTeams = await SeededWorkshop.CreateAsync(Workshop.Repository, People.Tenant, People.OtherTeam, "19:elsewhere@thread.tacv2");
        var otherTenants = await SeededWorkshop.CreateAsync(Workshop.Repository, People.OtherTenant, People.Team, People.Channel);
        var inAChat = await SeededWorkshop.CreateAsync(Workshop.Repository, People.Tenant, null, null);
        var alice = TabClient.SignedIn(Host, Entra, People.Alice, teamId: null);

        var list = await alice.GetJsonAsync("/api/tab/workshops");

        Assert.Equal([Workshop.WorkshopId], list.AsArray().Select(w => (string)w!["id"]!));
        Assert.DoesNotContain(otherTeams.WorkshopId, list.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(otherTenants.WorkshopId, list.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(inAChat.WorkshopId, list.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_team_header_an_outsider_sees_only_their_own_teams_workshops()
    {
        var eves = await SeededWorkshop.CreateAsync(Workshop.Repository, People.Tenant, People.OtherTeam, "19:finance@thread.tacv2");
        var eve = TabClient.SignedIn(Host, Entra, People.Eve, teamId: null);

        var list = await eve.GetJsonAsync("/api/tab/workshops");

        Assert.Equal([eves.WorkshopId], list.AsArray().Select(w => (string)w!["id"]!));
    }
}
