using System.Net;
using System.Net.Http.Json;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Console;

/// <summary>The facilitator console's API with real SSO tokens: Alice facilitates, Bob is a member.</summary>
public sealed class ConsoleApiTests : TabTestBase
{
    private string Base => $"/api/tab/workshops/{Workshop.WorkshopId}";

    [Fact]
    public async Task Progress_shows_every_group_and_who_may_act()
    {
        await MakeAliceFacilitatorAsync();

        var progress = await Alice.GetJsonAsync($"{Base}/progress");

        var group = progress["groups"]!.AsArray().Single()!;
        Assert.Equal(Workshop.GroupId, (string)group["groupId"]!);
        Assert.Equal("persona", (string)group["phase"]!);
        Assert.Equal(1, (int)group["step"]!);
        Assert.True((bool)progress["canFacilitate"]!);
        Assert.False((bool)(await Bob.GetJsonAsync($"{Base}/progress"))["canFacilitate"]!);
    }

    [Fact]
    public async Task A_member_is_refused_with_403_and_the_facilitator_pauses_every_group()
    {
        await MakeAliceFacilitatorAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Bob, "pause-all", new { })).StatusCode);
        var paused = await PostAsync(Alice, "pause-all", new { });
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("Paused 1 group.", (string)(await TabClient.BodyAsync(paused))["message"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(Alice, "pause-all", new { })).StatusCode);
        Assert.True((await Host.Repository.LoadGroupAsync(Workshop.WorkshopId, Workshop.GroupId))!.IsPaused);
    }

    [Fact]
    public async Task Move_all_needs_a_known_phase()
    {
        await MakeAliceFacilitatorAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(Alice, "move-all", new { phase = "review" })).StatusCode);
        var moved = await PostAsync(Alice, "move-all", new { phase = "ideas" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("ideas", (string)(await TabClient.BodyAsync(moved))["progress"]!["groups"]![0]!["phase"]!);
    }

    [Fact]
    public async Task A_locked_map_answers_tab_edits_with_423_and_stores_nothing()
    {
        await MakeAliceFacilitatorAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Alice, "lock", new { locked = true })).StatusCode);

        var edit = await EditAsync(Bob, new { op = "add", stageId = Workshop.FirstStageId, lane = "PainPoint", text = "Waited a week", clientEditId = NewEditId() });

        Assert.Equal((HttpStatusCode)423, edit.StatusCode);
        Assert.Equal("Map locked", (string)(await TabClient.BodyAsync(edit))["title"]!);
        Assert.Empty((await Host.Repository.LoadGroupAsync(Workshop.WorkshopId, Workshop.GroupId))!.Map.Items);
    }

    private Task MakeAliceFacilitatorAsync() =>
        Host.Repository.UpdateWorkshopAsync(Workshop.WorkshopId, w => w.AddFacilitator(People.Alice.UserId), DateTimeOffset.UtcNow);

    private Task<HttpResponseMessage> PostAsync(TabClient who, string action, object body) =>
        who.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{Base}/facilitation/{action}") { Content = JsonContent.Create(body) });
}
