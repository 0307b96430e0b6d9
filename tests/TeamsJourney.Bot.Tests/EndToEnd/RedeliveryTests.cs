using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Bot.Tests.Fixtures;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// Teams redelivers an activity (same id, same conversation) when it did not hear back in time. Whatever its kind,
/// the redelivery changes nothing and sends nothing, also after a restart and on a second instance.
/// </summary>
public abstract class RedeliveryTests : StoreBackedBotTest
{
    [Fact]
    public async Task Redelivered_start_command_starts_one_group_and_is_answered_once()
    {
        var host = StartHost();
        var group = new GroupWalker(host, Channel, AThread());
        var start = group.Teams.MessageMentioningBot("start missed-bin-collection");
        await host.PostActivityAsync(start);
        var calls = Channel.Calls.Count;
        Assert.True(calls > 0);
        var events = await StoredEventCountAsync(host, group.Teams);

        var again = await host.PostActivityAsync(start);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(calls, Channel.Calls.Count);
        Assert.Equal(events, await StoredEventCountAsync(host, group.Teams));
    }

    [Fact]
    public async Task Redelivered_help_message_is_answered_once()
    {
        var host = StartHost();
        var help = AThread().MessageMentioningBot("help");
        await host.PostActivityAsync(help);
        Assert.Single(Channel.Calls);

        await host.PostActivityAsync(help);

        Assert.Single(Channel.Calls);
    }

    [Fact]
    public async Task Redelivered_membership_update_welcomes_once()
    {
        var host = StartHost();
        var added = AThread().BotAdded();
        await host.PostActivityAsync(added);
        Assert.Single(Channel.Calls);

        await host.PostActivityAsync(added);

        Assert.Single(Channel.Calls);
    }

    [Fact]
    public async Task Redelivered_card_press_changes_nothing_and_gets_the_same_card()
    {
        var host = StartHost();
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        var press = group.Teams.CardAction("next", group.Card.BaseData.DeepClone().AsObject(), group.CardActivityId);
        var first = await CardOfAsync(await host.PostActivityAsync(press));
        var events = await StoredEventCountAsync(host, group.Teams);
        var calls = Channel.Calls.Count;

        var again = await CardOfAsync(await host.PostActivityAsync(press));

        Assert.Equal(StepOf(first), StepOf(again));
        Assert.Equal(events, await StoredEventCountAsync(host, group.Teams));
        Assert.Equal(calls, Channel.Calls.Count);
    }

    [Fact]
    public async Task Redelivery_after_a_restart_changes_nothing_and_sends_nothing()
    {
        var teams = AThread();
        var start = teams.MessageMentioningBot("start missed-bin-collection");
        var answer = teams.MessageMentioningBot("Margaret, 78, lives alone");
        await using (var before = new BotHost(Channel, StorageSettings))
        {
            await before.PostActivityAsync(start);
            await before.PostActivityAsync(answer);
        }

        var restarted = StartHost();
        var events = await StoredEventCountAsync(restarted, teams);
        var calls = Channel.Calls.Count;

        await restarted.PostActivityAsync(start);
        await restarted.PostActivityAsync(answer);

        Assert.Equal(calls, Channel.Calls.Count);
        Assert.Equal(events, await StoredEventCountAsync(restarted, teams));
    }

    [Fact]
    public async Task Redelivery_to_a_second_instance_changes_nothing_and_sends_nothing()
    {
        var first = StartHost();
        var second = StartHost();
        var teams = AThread();
        var start = teams.MessageMentioningBot("start missed-bin-collection");
        await first.PostActivityAsync(start);
        var calls = Channel.Calls.Count;

        await second.PostActivityAsync(start);

        Assert.Equal(calls, Channel.Calls.Count);
    }

    [Fact]
    public async Task Same_activity_id_in_another_conversation_is_a_new_activity()
    {
        var host = StartHost();
        var one = AThread();
        var other = AThread();
        await host.PostActivityAsync(one.MessageMentioningBot("help", id: "1700000000042"));

        await host.PostActivityAsync(other.MessageMentioningBot("help", id: "1700000000042"));

        Assert.Equal(2, Channel.Calls.Count);
    }

    private static async Task<JsonObject> CardOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    private static string? StepOf(JsonObject card) => new CardReader(card).StepId;

    private static async Task<int> StoredEventCountAsync(BotHost host, TeamsActivities teams)
    {
        var group = await host.Services.GetRequiredService<TeamsJourney.Workshops.Groups.GroupConversations>().FindAsync(teams.ConversationId);
        Assert.NotNull(group);
        var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        return session!.EventCount;
    }
}

public sealed class RedeliveryOnSqliteTests : RedeliveryTests, IDisposable
{
    private readonly SqliteTestStore _store = new();

    protected override IReadOnlyDictionary<string, string?> StorageSettings => _store.Settings;

    public void Dispose() => _store.Dispose();
}

[Collection(AzuriteHostCollection.Name)]
public sealed class RedeliveryOnAzuriteTests(AzuriteFixture azurite) : RedeliveryTests
{
    private readonly string _prefix = "redeliver" + Guid.NewGuid().ToString("N")[..8];

    protected override IReadOnlyDictionary<string, string?> StorageSettings => AzuriteTestStore.Settings(azurite, _prefix);
}
