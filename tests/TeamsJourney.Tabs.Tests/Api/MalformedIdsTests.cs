using System.Net;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Api;

/// <summary>Ids that arrive percent-encoded in a URL are checked before any lookup: a bad one is a 400, never a 500.</summary>
public sealed class MalformedIdsTests : TabTestBase
{
    public static TheoryData<string> HostileEscapes => ["%0a", "%09", "%7f", "%23", "%3F", "%5C", "%0d%0a"];

    [Theory]
    [MemberData(nameof(HostileEscapes))]
    public async Task Workshop_id_with_a_character_ids_refuse_is_a_400_problem(string escape)
    {
        using var response = await Alice.GetAsync($"/api/tab/workshops/ws{escape}x/map");

        await AssertInvalidIdAsync(response, "workshopId");
    }

    [Theory]
    [MemberData(nameof(HostileEscapes))]
    public async Task Group_id_with_a_character_ids_refuse_is_a_400_problem_and_nothing_is_stored(string escape)
    {
        var before = await Host.Repository.LoadGroupAsync(Workshop.WorkshopId, Workshop.GroupId);

        using var response = await Alice.EditAsync(Workshop.WorkshopId, "group" + escape + "x", new { clientEditId = NewEditId(), op = "add" });

        await AssertInvalidIdAsync(response, "groupId");
        Assert.Equal(before!.EventCount, (await Host.Repository.LoadGroupAsync(Workshop.WorkshopId, Workshop.GroupId))!.EventCount);
    }

    [Theory]
    [MemberData(nameof(HostileEscapes))]
    public async Task Group_id_in_the_query_with_a_character_ids_refuse_is_a_400_problem(string escape)
    {
        using var response = await Alice.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/changes?after=0&groupId=g{escape}");

        await AssertInvalidIdAsync(response, "groupId");
    }

    [Fact]
    public async Task Document_request_for_a_malformed_workshop_id_is_a_400_problem()
    {
        using var response = await Alice.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/tab/workshops/ws%0ax/documents"));

        await AssertInvalidIdAsync(response, "workshopId");
    }

    [Fact]
    public async Task Workshop_id_over_the_length_limit_is_a_400_problem()
    {
        using var response = await Alice.GetAsync($"/api/tab/workshops/{new string('w', 2_000)}/map");

        await AssertInvalidIdAsync(response, "workshopId");
    }

    private static async Task AssertInvalidIdAsync(HttpResponseMessage response, string idName)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await TabClient.BodyAsync(response);
        Assert.Equal("Invalid id", (string?)problem["title"]);
        Assert.Contains(idName, (string?)problem["detail"], StringComparison.Ordinal);
    }
}
