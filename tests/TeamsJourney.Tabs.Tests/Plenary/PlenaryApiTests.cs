using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Tabs.Tests.Fixtures;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Tabs.Tests.Plenary;

/// <summary>
/// The second half through /api/tab/workshops/{id}/plenary with real SSO tokens: Alice facilitates, Bob is a member.
/// </summary>
public sealed class PlenaryApiTests : TabTestBase
{
    private string Path => $"/api/tab/workshops/{Workshop.WorkshopId}/plenary";

    [Fact]
    public async Task The_consolidated_map_clusters_similar_notes_with_each_notes_provenance()
    {
        await SeedAsync();

        var plenary = await Alice.GetJsonAsync(Path);

        var cluster = plenary["clusters"]!.AsArray().Single(c => (string)c!["name"]! == "Online form times out")!;
        Assert.Equal(2, cluster["members"]!.AsArray().Count);
        Assert.Equal("Group A", (string)cluster["members"]![0]!["groupName"]!);
        Assert.Equal("Priya Shah", (string)cluster["members"]![0]!["authorName"]!);
        Assert.Equal("Pain points", (string)cluster["laneLabel"]!);
        Assert.True((bool)plenary["isFacilitator"]!);
        Assert.False((bool)(await Bob.GetJsonAsync(Path))["isFacilitator"]!);
        Assert.Equal(3, (int)plenary["myDotsLeft"]!);
    }

    [Fact]
    public async Task Only_the_facilitator_merges_splits_and_renames_and_a_change_that_does_not_fit_is_a_400()
    {
        var (form, again, other) = await SeedAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Bob, "clusters", new { action = "split", items = new[] { Ref(again) } })).StatusCode);
        var split = await PostAsync(Alice, "clusters", new { action = "split", items = new[] { Ref(again) } });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var merged = await TabClient.BodyAsync(await PostAsync(Alice, "clusters", new { action = "merge", items = new[] { Ref(again), Ref(other) } }));
        Assert.Contains(merged["clusters"]!.AsArray(), c => c!["members"]!.AsArray().Count == 2 && c["members"]!.AsArray().Any(m => (string)m!["itemId"]! == other));
        var renamed = await TabClient.BodyAsync(await PostAsync(Alice, "clusters", new { action = "rename", items = new[] { Ref(other) }, name = "Left waiting" }));
        Assert.Contains(renamed["clusters"]!.AsArray(), c => (string)c!["name"]! == "Left waiting" && (bool)c["isNamed"]!);

        var refused = await PostAsync(Alice, "clusters", new { action = "merge", items = new[] { Ref(again), Ref(other) } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("at least two clusters", (string)(await TabClient.BodyAsync(refused))["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Alice, "clusters", new { action = "undo" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(Alice, "clusters", new { action = "explode", items = new[] { Ref(form) } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(Alice, "clusters", new { action = "merge", items = new[] { new { groupId = Workshop.GroupId } } })).StatusCode);
    }

    [Fact]
    public async Task A_members_dot_is_theirs_limited_and_reaches_another_open_tab_live()
    {
        await SeedAsync();
        var initiative = await ProposeAsync("Autosave the form");
        await using var alicesTab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Alice));
        await alicesTab.JoinAsync(Workshop.WorkshopId);

        var voted = await PostAsync(Bob, "initiatives", new { action = "dot", initiatives = new[] { new { groupId = Workshop.GroupId, initiativeId = initiative } } });

        var body = await TabClient.BodyAsync(voted);
        Assert.True((bool)body["initiatives"]![0]!["hasMyDot"]!);
        Assert.Equal(2, (int)body["myDotsLeft"]!);
        await alicesTab.WaitForAsync("plenaryChanged", p => p.GetProperty("version").GetInt64() == (long)body["version"]!, TimeSpan.FromSeconds(5));
        Assert.False((bool)(await Alice.GetJsonAsync(Path))["initiatives"]![0]!["hasMyDot"]!);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(Bob, "initiatives", new { action = "dot", initiatives = new[] { new { groupId = Workshop.GroupId, initiativeId = initiative } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Bob, "dots", new { dotsPerPerson = 5 })).StatusCode);
    }

    [Fact]
    public async Task An_agreed_initiative_enters_the_action_plan_and_a_frozen_version_compares_with_now()
    {
        var (form, _, _) = await SeedAsync();
        var initiative = await ProposeAsync("Autosave the form");
        var target = new[] { new { groupId = Workshop.GroupId, initiativeId = initiative } };

        var agreed = await TabClient.BodyAsync(await PostAsync(Alice, "initiatives", new { action = "agree", initiatives = target, owner = "Digital team", dueDate = "2027-03-31", successMeasure = "Half the repeat calls" }));
        Assert.Equal("agreed", (string)agreed["initiatives"]![0]!["status"]!);
        Assert.Equal("2027-03-31", (string)agreed["initiatives"]![0]!["plan"]!["dueDate"]!);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(Alice, "initiatives", new { action = "status", initiatives = target, status = "finished-ish" })).StatusCode);
        var frozen = await TabClient.BodyAsync(await PostAsync(Alice, "versions", new { name = "As-is, agreed 14 March" }));
        Assert.Equal(1, (int)frozen["versions"]![0]!["number"]!);

        Assert.Equal(HttpStatusCode.OK, (await EditAsync(Alice, new { op = "editText", itemId = form, text = "Online form times out after 10 minutes", baseVersion = 1, clientEditId = NewEditId() })).StatusCode);
        await PostAsync(Alice, "initiatives", new { action = "status", initiatives = target, status = "inProgress" });
        var comparison = await Bob.GetJsonAsync($"{Path}/compare?from=1");

        var changed = Assert.Single(comparison["changed"]!.AsArray())!;
        Assert.Equal("Online form times out after 10 minutes", (string)changed["after"]!["text"]!);
        Assert.Equal(["text"], changed["changes"]!.AsArray().Select(c => (string)c!));
        Assert.Equal("inProgress", (string)comparison["initiativeChanges"]![0]!["after"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await Bob.GetAsync($"{Path}/compare?from=7")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Bob.GetAsync($"{Path}/compare")).StatusCode);
    }

    [Fact]
    public async Task Someone_outside_the_team_cannot_read_or_change_the_second_half()
    {
        await SeedAsync();
        var eve = TabClient.SignedIn(Host, Entra, People.Eve, People.OtherTeam);

        Assert.Equal(HttpStatusCode.Forbidden, (await eve.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(eve, "versions", new { name = "Mine" })).StatusCode);
    }

    private async Task<(string Form, string Again, string Other)> SeedAsync()
    {
        await Host.Repository.UpdateWorkshopAsync(Workshop.WorkshopId, w => w.AddFacilitator(People.Alice.UserId), DateTimeOffset.UtcNow);
        var form = await Workshop.AddItemAsync("Online form times out");
        var again = await Workshop.AddItemAsync("The online form timed out");
        var other = await Workshop.AddItemAsync("Nobody phones back");
        return (form, again, other);
    }

    private async Task<string> ProposeAsync(string title)
    {
        // Ideas come from the groups' own cards; the bot's facilitator proposes it here as a group would.
        var context = CommandContext.Create(new CommandActor("29:facilitator", "Priya Shah", IsFacilitator: true), DateTimeOffset.UtcNow);
        var result = await Host.Repository.ExecuteAsync(Workshop.WorkshopId, Workshop.GroupId, null, new ProposeInitiative(title, []), context, null);
        Assert.Equal(GroupCommandOutcome.Applied, result.Outcome);
        return result.Events.OfType<InitiativeProposed>().Single().InitiativeId;
    }

    private object Ref(string itemId) => new { groupId = Workshop.GroupId, itemId };

    private Task<HttpResponseMessage> PostAsync(TabClient who, string what, object body) =>
        who.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{Path}/{what}") { Content = JsonContent.Create(body) });
}
