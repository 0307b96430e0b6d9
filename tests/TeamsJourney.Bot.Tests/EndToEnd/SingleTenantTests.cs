using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Bot.Tests.Fixtures;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// A single-tenant bot (Bot:TenantId set, as the host is here) serves its own tenant only: a validly signed activity
/// from another tenant, or one whose two tenant fields disagree, is acknowledged and dropped.
/// </summary>
public abstract class SingleTenantTests : StoreBackedBotTest
{
    private const string OtherTenant = "0a0b0c0d-9999-4aaa-8bbb-0123456789ab";

    [Fact]
    public async Task Activity_from_another_tenant_is_ignored_and_nothing_is_stored()
    {
        var host = StartHost();
        var teams = AThread();

        var response = await host.PostActivityAsync(InTenant(teams.MessageMentioningBot("start missed-bin-collection"), OtherTenant, OtherTenant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNothingHappenedAsync(host, teams);
    }

    [Fact]
    public async Task Activity_whose_tenant_fields_disagree_is_ignored_and_nothing_is_stored()
    {
        var host = StartHost();
        var teams = AThread();

        var response = await host.PostActivityAsync(InTenant(teams.MessageMentioningBot("start missed-bin-collection"), BotHost.BotTenantId, OtherTenant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNothingHappenedAsync(host, teams);
    }

    [Fact]
    public async Task Card_press_from_another_tenant_gets_no_card_and_changes_nothing()
    {
        var host = StartHost();
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        var before = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        var calls = Channel.Calls.Count;

        var press = InTenant(group.Teams.CardAction("next", group.Card.BaseData.DeepClone().AsObject(), group.CardActivityId), OtherTenant, OtherTenant);
        var response = await host.PostActivityAsync(press);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(calls, Channel.Calls.Count);
        var after = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.Equal(before!.EventCount, after!.EventCount);
    }

    [Fact]
    public async Task Activity_from_the_bots_own_tenant_is_handled()
    {
        var host = StartHost();
        var teams = AThread();

        await host.PostActivityAsync(InTenant(teams.MessageMentioningBot("start missed-bin-collection"), BotHost.BotTenantId, BotHost.BotTenantId));

        Assert.NotNull(await host.Services.GetRequiredService<GroupConversations>().FindAsync(teams.ConversationId));
    }

    private static JsonObject InTenant(JsonObject activity, string conversationTenant, string channelDataTenant)
    {
        activity["conversation"]!["tenantId"] = conversationTenant;
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = channelDataTenant };
        return activity;
    }

    private async Task AssertNothingHappenedAsync(BotHost host, TeamsActivities teams)
    {
        Assert.Empty(Channel.Calls);
        Assert.Null(await host.Services.GetRequiredService<GroupConversations>().FindAsync(teams.ConversationId));
    }
}

public sealed class SingleTenantOnSqliteTests : SingleTenantTests, IDisposable
{
    private readonly SqliteTestStore _store = new();

    protected override IReadOnlyDictionary<string, string?> StorageSettings => _store.Settings;

    public void Dispose() => _store.Dispose();
}

[Collection(AzuriteHostCollection.Name)]
public sealed class SingleTenantOnAzuriteTests(AzuriteFixture azurite) : SingleTenantTests
{
    private readonly string _prefix = "tenant" + Guid.NewGuid().ToString("N")[..10];

    protected override IReadOnlyDictionary<string, string?> StorageSettings => AzuriteTestStore.Settings(azurite, _prefix);
}
