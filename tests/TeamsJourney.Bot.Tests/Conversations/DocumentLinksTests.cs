using System.Net;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Tests.Fixtures;

namespace TeamsJourney.Bot.Tests.Conversations;

/// <summary>
/// The documents card in the conversation is everyone's, so it never carries a link that works for someone else:
/// "Get my links" answers each presser, in their own view, with links signed for them alone.
/// </summary>
public sealed class DocumentLinksTests : BotOnSqliteTest
{
    [Fact]
    public async Task The_shared_documents_card_carries_no_usable_link_only_get_my_links()
    {
        var host = Host;
        var (_, ready) = await DocumentsReadyAsync(host);

        Assert.DoesNotContain("signature=", ready.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(ready.Card!["actions"]!.AsArray(), a => (string?)a!["type"] == "Action.OpenUrl");
        Assert.Contains(ready.Card["actions"]!.AsArray(), a => (string?)a!["verb"] == "documentLinks");
    }

    [Fact]
    public async Task Each_presser_gets_links_signed_for_them_that_download_and_do_not_work_for_another_person()
    {
        var host = Host;
        var (thread, ready) = await DocumentsReadyAsync(host);
        thread.User = ("29:someone-else", "Sam Jones");

        var links = await PressGetMyLinksAsync(host, thread, ready);

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains("user=aad-29%3Asomeone-else", l.Query, StringComparison.Ordinal));
        var download = await host.CreateClient().GetAsync(links[0].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var borrowed = links[0].PathAndQuery.Replace("user=aad-29%3Asomeone-else", "user=aad-29%3A1facilitator-aad-object", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.CreateClient().GetAsync(borrowed)).StatusCode);
    }

    [Fact]
    public async Task A_press_naming_a_file_that_is_not_this_workshops_gets_no_link()
    {
        var host = Host;
        var (thread, ready) = await DocumentsReadyAsync(host);
        var data = GetMyLinks(ready)["data"]!.DeepClone().AsObject();
        data["files"] = new JsonArray("/documents/0123456789abcdef0123456789abcdef/Other - journey map.pptx", "/etc/passwd");

        var links = await PressGetMyLinksAsync(host, thread, ready, data);

        Assert.Empty(links);
    }

    [Fact]
    public async Task A_press_from_another_channels_conversation_gets_no_link()
    {
        var host = Host;
        var (_, ready) = await DocumentsReadyAsync(host);
        var elsewhere = new TeamsActivities(Channel.ServiceUrl, "19:other-channel@thread.tacv2;messageid=1700000000001");
        var press = elsewhere.CardAction("documentLinks", GetMyLinks(ready)["data"]!.DeepClone().AsObject(), ready.ActivityId);
        press["channelData"]!["channel"]!["id"] = "19:other-channel@thread.tacv2";

        var response = await host.PostActivityAsync(press);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
        var links = (card["actions"]?.AsArray() ?? []).Where(a => a!["url"] is not null).ToList();

        Assert.Empty(links);
    }

    private async Task<(TeamsActivities Thread, ConnectorCall Ready)> DocumentsReadyAsync(BotHost host)
    {
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        await group.SayAsync("documents");
        var ready = await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.CardText.Contains("Your documents are ready", StringComparison.Ordinal), TimeSpan.FromSeconds(180));
        return (group.Teams, ready);
    }

    private static JsonNode GetMyLinks(ConnectorCall ready) => ready.Card!["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "documentLinks")!;

    private static async Task<List<Uri>> PressGetMyLinksAsync(BotHost host, TeamsActivities thread, ConnectorCall ready, JsonObject? data = null)
    {
        var response = await host.PostActivityAsync(thread.CardAction("documentLinks", data ?? GetMyLinks(ready)["data"]!.DeepClone().AsObject(), ready.ActivityId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
        return [.. (card["actions"]?.AsArray() ?? []).Where(a => a!["url"] is not null).Select(a => new Uri((string)a!["url"]!))];
    }
}
