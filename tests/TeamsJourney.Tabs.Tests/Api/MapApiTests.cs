using System.Net;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Api;

public sealed class MapApiTests : TabTestBase
{
    [Fact]
    public async Task The_workshop_list_shows_the_teams_workshop_with_its_groups()
    {
        var list = await Alice.GetJsonAsync($"/api/tab/workshops?channelId={Uri.EscapeDataString(People.Channel)}");

        var workshop = Assert.Single(list.AsArray())!;
        Assert.Equal((Workshop.WorkshopId, "Missed bins workshop", People.Team), ((string?)workshop["id"], (string?)workshop["title"], (string?)workshop["teamId"]));
        Assert.Equal("Group A", (string?)workshop["groups"]![0]!["name"]);
    }

    [Fact]
    public async Task The_map_holds_lanes_lines_stages_and_items_with_enum_names()
    {
        var itemId = await Workshop.AddItemAsync("Calendar says collected");

        var map = await Alice.GetJsonAsync($"/api/tab/workshops/{Workshop.WorkshopId}/map");

        Assert.Equal(LaneCatalog.JourneyMapLanes.Count + LaneCatalog.BlueprintLanes.Count, map["lanes"]!.AsArray().Count);
        Assert.Contains(map["lines"]!.AsArray(), l => (string?)l!["name"] == "lineOfVisibility" && (string?)l["belowLane"] == "Backstage");
        var group = Assert.Single(map["groups"]!.AsArray())!;
        Assert.NotEmpty(group["stages"]!.AsArray());
        var item = Assert.Single(group["items"]!.AsArray())!;
        Assert.Equal((itemId, "PainPoint", 1, "Priya Shah"), ((string?)item["id"], (string?)item["lane"], (int?)item["version"], (string?)item["authorName"]));
        Assert.True((long)group["groupVersion"]! >= 2, "started, then an item added");
        Assert.Equal((long)group["groupVersion"]!, (long)map["version"]!);
        Assert.False(string.IsNullOrEmpty((string?)map["position"]));
    }

    [Fact]
    public async Task The_map_draws_journey_rows_then_blueprint_rows_and_mirrors_customer_actions_in_the_blueprint()
    {
        var map = await Alice.GetJsonAsync($"/api/tab/workshops/{Workshop.WorkshopId}/map");

        var rows = map["lanes"]!.AsArray().Select(l => ((string?)l!["lane"], (string?)l["section"], (string?)l["capturedIn"])).ToList();
        Assert.Equal(
            [
                ("CustomerAction", "journey", "journey"), ("Touchpoint", "journey", "journey"), ("Thought", "journey", "journey"),
                ("PainPoint", "journey", "journey"), ("Opportunity", "journey", "journey"),
                ("PhysicalEvidence", "blueprint", "blueprint"), ("CustomerAction", "blueprint", "journey"), ("Frontstage", "blueprint", "blueprint"),
                ("Backstage", "blueprint", "blueprint"), ("SupportProcess", "blueprint", "blueprint"), ("Time", "blueprint", "blueprint"),
                ("Owner", "blueprint", "blueprint"),
            ],
            rows);
        Assert.Equal("Frontstage actions", (string?)map["lanes"]!.AsArray().Single(l => (string?)l!["lane"] == "Frontstage")!["label"]);
    }

    [Fact]
    public async Task An_unknown_group_filter_answers_404_problem_details()
    {
        var response = await Alice.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/map?groupId=nobody");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_workshop_answers_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Alice.GetAsync("/api/tab/workshops/ws-nope/map")).StatusCode);
    }

    [Fact]
    public async Task An_offline_client_catches_up_from_the_position_it_last_saw()
    {
        var map = await Alice.GetJsonAsync($"/api/tab/workshops/{Workshop.WorkshopId}/map");
        var (seen, groupVersion) = ((long)map["version"]!, (long)map["groups"]![0]!["groupVersion"]!);
        await Workshop.AddItemAsync("Added while Alice was offline");

        var changes = await Alice.GetJsonAsync($"/api/tab/workshops/{Workshop.WorkshopId}/changes?after={Uri.EscapeDataString((string)map["position"]!)}");

        Assert.True((long)changes["version"]! > seen);
        var group = Assert.Single(changes["groups"]!.AsArray())!;
        Assert.True((long)group["groupVersion"]! > groupVersion);
        Assert.Contains(group["items"]!.AsArray(), i => (string?)i!["text"] == "Added while Alice was offline");
        var nothingNew = await Alice.GetJsonAsync($"/api/tab/workshops/{Workshop.WorkshopId}/changes?after={Uri.EscapeDataString((string)changes["position"]!)}");
        Assert.Empty(nothingNew["groups"]!.AsArray());
        Assert.Equal((long)changes["version"]!, (long)nothingNew["version"]!);
    }

    [Fact]
    public async Task A_client_that_sends_a_plain_number_gets_every_group_whole()
    {
        // What clients sent before positions: a number cannot say which groups changed, so none is left out.
        var changes = await Alice.GetJsonAsync($"/api/tab/workshops/{Workshop.WorkshopId}/changes?after=3");

        Assert.Single(changes["groups"]!.AsArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?after=")]
    [InlineData("?after=not-a-position")]
    [InlineData("?after=-1")]
    [InlineData("?after=eyJnMSI6LTF9")] // {"g1":-1}
    [InlineData("?after=WzEsMl0")] // [1,2]
    public async Task Changes_without_a_position_of_ours_answer_400(string query)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Alice.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/changes{query}")).StatusCode);
    }
}
