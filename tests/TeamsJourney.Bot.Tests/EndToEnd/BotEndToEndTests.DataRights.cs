using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Workshops.DataRights;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>A facilitator's data rights through the bot (issue 14): export, delete with confirmation, uninstall retention.</summary>
public abstract partial class BotEndToEndTests
{
    [Fact]
    public async Task A_facilitator_deletes_the_workshop_only_after_typing_its_title_on_the_confirm_card()
    {
        await using var host = StartHost();
        var thread = AThread();
        var group = new GroupWalker(host, Channel, thread);
        await group.SayAsync("start missed-bin-collection");
        await group.SayAsync("Doreen Hughes");
        var title = (await host.Repository.LoadWorkshopAsync(group.WorkshopId))!.Workshop.Title;

        var confirm = await group.SayAsync("delete workshop");
        Assert.Contains("Delete this workshop?", confirm.Text, StringComparison.Ordinal);

        var refused = await PressDeleteAsync(host, thread, group.WorkshopId, "not the title");
        Assert.Contains("does not match", refused, StringComparison.Ordinal);
        Assert.NotNull(await host.Repository.LoadWorkshopAsync(group.WorkshopId));

        var deleted = await PressDeleteAsync(host, thread, group.WorkshopId, title);
        Assert.Contains("Workshop deleted", deleted, StringComparison.Ordinal);
        Assert.Null(await host.Repository.LoadWorkshopAsync(group.WorkshopId));
        Assert.Null(await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId));
        Assert.Null(await host.Repository.FindConversationAsync(thread.ConversationId));
        Assert.Empty(await host.Repository.ReadAllEventsAsync(group.WorkshopId));
        Assert.Equal([AuditActions.Deleted], (await host.Repository.ReadAuditAsync(group.WorkshopId)).Select(l => l.Action));
    }

    [Fact]
    public async Task A_participant_who_is_not_the_facilitator_gets_no_delete_card()
    {
        await using var host = StartHost();
        var thread = AThread();
        await new GroupWalker(host, Channel, thread).SayAsync("start missed-bin-collection");
        var before = Channel.Calls.Count;

        var message = thread.MessageMentioningBot("delete workshop");
        message["from"] = new JsonObject { ["id"] = "29:someone-else", ["name"] = "Someone Else", ["aadObjectId"] = "aad-someone-else" };
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(message)).StatusCode);

        var reply = await Channel.WaitForCallAsync(c => c.Card is not null, skip: before);
        Assert.Contains("Facilitators only", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_facilitator_exports_the_workshop_and_the_link_downloads_a_zip_with_every_item()
    {
        await using var host = StartHost();
        var thread = AThread();
        var group = new GroupWalker(host, Channel, thread);
        await group.SayAsync("start missed-bin-collection");
        await group.SayAsync("Doreen Hughes");
        var before = Channel.Calls.Count;

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(thread.MessageMentioningBot("export workshop"))).StatusCode);

        var card = await Channel.WaitForCallAsync(c => c.CardText.Contains("Workshop export ready", StringComparison.Ordinal), TimeSpan.FromSeconds(60), skip: before);
        // Everyone in the thread sees that card: it carries no link (a signed link works for whoever holds it).
        Assert.DoesNotContain("\"url\"", card.Card!.ToJsonString(), StringComparison.Ordinal);
        var getLink = card.Card!["actions"]![0]!;
        Assert.Equal("exportLink", (string?)getLink["verb"]);

        // A member who is not a facilitator gets no link.
        var member = new TeamsActivities(Channel.ServiceUrl, thread.ConversationId) { User = ("29:member-not-facilitator", "Sam Member") };
        var refused = await (await host.PostActivityAsync(member.CardAction("exportLink", getLink["data"]!.AsObject().DeepClone().AsObject()))).Content.ReadAsStringAsync();
        Assert.Contains("Facilitators only", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("\"url\"", refused, StringComparison.Ordinal);

        // The facilitator's own view carries their signed link.
        var own = JsonNode.Parse(await (await host.PostActivityAsync(thread.CardAction("exportLink", getLink["data"]!.AsObject().DeepClone().AsObject()))).Content.ReadAsStringAsync())!;
        var link = new Uri((string)own["value"]!["actions"]![0]!["url"]!);
        var download = await host.CreateClient().GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var zip = new ZipArchive(await download.Content.ReadAsStreamAsync());
        using var json = new StreamReader(zip.GetEntry(ExportWorkshop.JsonEntryName)!.Open());
        Assert.Contains("Doreen Hughes", await json.ReadToEndAsync(), StringComparison.Ordinal);
        Assert.Equal([AuditActions.Exported], (await host.Repository.ReadAuditAsync(group.WorkshopId)).Select(l => l.Action));
    }

    [Fact]
    public async Task Removing_the_app_from_the_team_purges_its_workshops_once_the_uninstall_retention_passed()
    {
        await using var host = new BotHost(Channel, new Dictionary<string, string?>(StorageSettings) { ["Workshops:UninstalledRetentionDays"] = "0" });
        var thread = AThread();
        var group = new GroupWalker(host, Channel, thread);
        await group.SayAsync("start missed-bin-collection");

        var removed = thread.Installed();
        removed["action"] = "remove";
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(removed)).StatusCode);
        Assert.NotNull(await host.Repository.LoadWorkshopAsync(group.WorkshopId));

        var purged = await host.Services.GetRequiredService<PurgeExpiredWorkshops>().PurgeAsync();

        Assert.Contains(group.WorkshopId, purged);
        Assert.Null(await host.Repository.LoadWorkshopAsync(group.WorkshopId));
        Assert.Equal(
            [AuditActions.AppRemovedFromTeam, AuditActions.PurgedByRetention],
            (await host.Repository.ReadAuditAsync(group.WorkshopId)).Select(l => l.Action));
    }

    private static async Task<string> PressDeleteAsync(BotHost host, TeamsActivities thread, string workshopId, string typedTitle)
    {
        var response = await host.PostActivityAsync(thread.CardAction("deleteWorkshop", new JsonObject { ["workshopId"] = workshopId, ["confirmTitle"] = typedTitle }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
