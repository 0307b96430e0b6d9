using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Live;

/// <summary>Tabs connected to /hubs/map see bot answers and each other's edits live.</summary>
public sealed class LiveMapTests : TabTestBase
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_bot_answer_posted_to_api_messages_reaches_a_connected_tab_within_a_second()
    {
        await using var channel = await LocalChannelService.StartAsync();
        using var store = new SqliteFolder();
        await using var bot = new BotHost(channel, store.Settings);
        using var host = bot.WithWebHostBuilder(b => TabHost.UseLocalSso(b, Entra));
        var http = host.CreateClient();
        var thread = new TeamsActivities(channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid=1712345678901");
        await PostAsync(http, channel, thread.MessageMentioningBot("start missed-bin-collection"));
        var card = new CardReader((await channel.WaitForCallAsync(c => c.Card is not null)).Card!);
        var workshopId = (string)card.BaseData["workshopId"]!;
        await using var tab = await MapHubClient.ConnectAsync(host.Server, Entra.IssueToken(People.Alice));
        await tab.JoinAsync(workshopId);

        var sent = DateTime.UtcNow;
        await PostAsync(http, channel, thread.MessageMentioningBot("Margaret, 78, lives alone"));

        var (change, at) = await tab.WaitForAsync("groupChanged", g => g.GetProperty("persona").ValueKind == JsonValueKind.Object && g.GetProperty("persona").GetProperty("name").GetString() == "Margaret, 78, lives alone", TimeSpan.FromSeconds(5));
        Assert.True(at - sent <= OneSecond, $"The change took {(at - sent).TotalMilliseconds:0} ms to reach the tab.");
        Assert.Equal(workshopId, change.GetProperty("workshopId").GetString());
    }

    [Fact]
    public async Task An_edit_in_one_tab_is_pushed_to_another_with_the_new_version()
    {
        await using var bobsTab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Bob));
        await bobsTab.JoinAsync(Workshop.WorkshopId);

        var response = await EditAsync(Alice, new { op = "add", stageId = Workshop.FirstStageId, lane = "Opportunity", text = "Text alerts", clientEditId = NewEditId() });
        var version = (long)(await TabClient.BodyAsync(response))["version"]!;

        var (change, _) = await bobsTab.WaitForAsync("groupChanged", g => g.GetProperty("groupVersion").GetInt64() == version, TimeSpan.FromSeconds(5));
        Assert.Contains(change.GetProperty("items").EnumerateArray(), i => i.GetProperty("text").GetString() == "Text alerts");
    }

    [Fact]
    public async Task A_push_carries_only_what_changed_and_follows_on_from_the_group_version_the_map_showed()
    {
        await Workshop.AddItemAsync("Bins left on the pavement");
        var map = await (await Alice.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/map?groupId={Workshop.GroupId}")).Content.ReadFromJsonAsync<JsonElement>();
        var group = map.GetProperty("groups")[0];
        var shown = group.GetProperty("groupVersion").GetInt64();
        var itemsBefore = group.GetProperty("items").GetArrayLength();
        await using var bobsTab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Bob));
        await bobsTab.JoinAsync(Workshop.WorkshopId);

        var added = await TabClient.BodyAsync(await EditAsync(Alice, new { op = "add", stageId = Workshop.FirstStageId, lane = "PainPoint", text = "Nobody answers", clientEditId = NewEditId() }));
        var itemId = (string)added["item"]!["id"]!;
        var (first, _) = await bobsTab.WaitForAsync("groupChanged", g => g.GetProperty("fromGroupVersion").GetInt64() == shown, TimeSpan.FromSeconds(5));
        await EditAsync(Alice, new { op = "editText", itemId, baseVersion = 1, text = "Nobody ever answers", clientEditId = NewEditId() });
        var afterAdd = first.GetProperty("groupVersion").GetInt64();
        var (second, _) = await bobsTab.WaitForAsync("groupChanged", g => g.GetProperty("fromGroupVersion").GetInt64() == afterAdd, TimeSpan.FromSeconds(5));

        Assert.True(itemsBefore > 0, "The seeded group should have items, so a whole snapshot would show.");
        Assert.True(afterAdd > shown);
        Assert.Equal(Workshop.GroupId, first.GetProperty("groupId").GetString());
        Assert.Equal(["Nobody answers"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()));
        Assert.Equal(["Nobody ever answers"], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()));
        Assert.Equal(2, second.GetProperty("items")[0].GetProperty("version").GetInt32());
        foreach (var push in new[] { first, second })
        {
            Assert.Equal(JsonValueKind.Null, push.GetProperty("header").ValueKind);
            Assert.Equal(JsonValueKind.Null, push.GetProperty("persona").ValueKind);
            Assert.Equal(JsonValueKind.Null, push.GetProperty("stages").ValueKind);
            Assert.Empty(push.GetProperty("removedItemIds").EnumerateArray());
            Assert.Empty(push.GetProperty("initiatives").EnumerateArray());
            Assert.False(push.TryGetProperty("group", out _), "A push no longer carries the whole group.");
        }
    }

    [Fact]
    public async Task A_delete_is_pushed_as_the_removed_item_id()
    {
        var added = await TabClient.BodyAsync(await EditAsync(Alice, new { op = "add", stageId = Workshop.FirstStageId, lane = "Opportunity", text = "Short lived", clientEditId = NewEditId() }));
        var itemId = (string)added["item"]!["id"]!;
        await using var bobsTab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Bob));
        await bobsTab.JoinAsync(Workshop.WorkshopId);

        await EditAsync(Alice, new { op = "delete", itemId, baseVersion = 1, clientEditId = NewEditId() });

        var (change, _) = await bobsTab.WaitForAsync("groupChanged", g => g.GetProperty("removedItemIds").EnumerateArray().Any(i => i.GetString() == itemId), TimeSpan.FromSeconds(5));
        Assert.Empty(change.GetProperty("items").EnumerateArray());
        Assert.Equal(change.GetProperty("fromGroupVersion").GetInt64() + 1, change.GetProperty("groupVersion").GetInt64());
    }

    [Fact]
    public async Task Presence_shows_who_edits_which_item()
    {
        await using var alicesTab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Alice));
        await using var bobsTab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Bob));
        await alicesTab.JoinAsync(Workshop.WorkshopId);
        var present = await bobsTab.JoinAsync(Workshop.WorkshopId);
        Assert.Equal(2, present.GetArrayLength());

        await bobsTab.Connection.InvokeAsync("SetPresence", "item-42", "editing");

        await alicesTab.WaitForAsync("presence", list => list.EnumerateArray().Any(e =>
            e.GetProperty("userName").GetString() == "Bob Byrne" && e.GetProperty("itemId").GetString() == "item-42" && e.GetProperty("mode").GetString() == "editing"), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_tab_that_disconnects_leaves_the_presence_list()
    {
        await using var alicesTab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Alice));
        await alicesTab.JoinAsync(Workshop.WorkshopId);
        var bobsTab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Bob));
        await bobsTab.JoinAsync(Workshop.WorkshopId);

        await bobsTab.DisposeAsync();

        await alicesTab.WaitForAsync("presence", list => list.GetArrayLength() == 1 && list[0].GetProperty("userName").GetString() == "Alice Adebayo", TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Someone_outside_the_team_cannot_join_the_workshop()
    {
        await using var evesTab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Eve));

        var refused = await Assert.ThrowsAsync<HubException>(() => evesTab.JoinAsync(Workshop.WorkshopId));

        Assert.StartsWith("403", refused.Message.Split("HubException: ")[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_token()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => MapHubClient.ConnectAsync(Host.Server, null));
    }

    [Fact]
    public async Task A_losing_same_field_edit_is_announced_to_everyone()
    {
        var itemId = await Workshop.AddItemAsync("Calendar says collected");
        await using var tab = await MapHubClient.ConnectAsync(Host.Server, Entra.IssueToken(People.Bob));
        await tab.JoinAsync(Workshop.WorkshopId);
        Assert.Equal(HttpStatusCode.OK, (await EditAsync(Alice, new { op = "editText", itemId, baseVersion = 1, text = "First", clientEditId = NewEditId() })).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await EditAsync(Bob, new { op = "editText", itemId, baseVersion = 1, text = "Second", clientEditId = NewEditId() })).StatusCode);

        var (notice, _) = await tab.WaitForAsync("conflictResolved", n => n.GetProperty("itemId").GetString() == itemId, TimeSpan.FromSeconds(5));
        Assert.Equal(("Alice Adebayo", "text"), (notice.GetProperty("winner").GetString(), notice.GetProperty("field").GetString()));
    }

    private static async Task PostAsync(HttpClient http, LocalChannelService channel, System.Text.Json.Nodes.JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", channel.IssueToken(BotHost.AppId));
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
