using System.Net;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Tests.EndToEnd;
using TeamsJourney.Bot.Tests.Fixtures;

namespace TeamsJourney.Bot.Tests.Conversations;

/// <summary>
/// Two instances share the store; one deletes the workshop while the other still has it cached. The other instance's
/// next press or answer is told the workshop was deleted (a friendly card), never left without an answer, and it
/// forgets the workshop.
/// </summary>
public abstract class DeletedOnAnotherInstanceTests : StoreBackedBotTest
{
    [Fact]
    public async Task A_start_on_the_instance_that_cached_a_workshop_deleted_on_another_gets_the_deleted_card_and_the_next_start_begins_afresh()
    {
        var (deleting, cached, group) = await AWorkshopCachedOnTwoInstancesAsync();
        await DeleteAsync(deleting, group);
        var otherThread = AThread();
        var before = Channel.Calls.Count;

        Assert.Equal(HttpStatusCode.OK, (await cached.PostActivityAsync(otherThread.MessageMentioningBot("start missed-bin-collection"))).StatusCode);

        var reply = await Channel.WaitForCallAsync(c => c.IsCardFor(otherThread.ConversationId), skip: before);
        Assert.Contains("This workshop was deleted", reply.CardText, StringComparison.Ordinal);
        Assert.Null(await cached.Repository.LoadWorkshopAsync(group.WorkshopId));
        var again = new GroupWalker(cached, Channel, otherThread);
        await again.SayAsync("start missed-bin-collection");
        Assert.NotNull(await cached.Repository.LoadGroupAsync(again.WorkshopId, again.GroupId));
    }

    private async Task<(BotHost Deleting, BotHost Cached, GroupWalker Group)> AWorkshopCachedOnTwoInstancesAsync()
    {
        var deleting = StartHost();
        var cached = StartHost();
        var group = new GroupWalker(cached, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        await group.SayAsync("Doreen Hughes");
        Assert.NotNull(await cached.Repository.LoadWorkshopAsync(group.WorkshopId));
        return (deleting, cached, group);
    }

    private static async Task DeleteAsync(BotHost host, GroupWalker group)
    {
        var title = (await host.Repository.LoadWorkshopAsync(group.WorkshopId))!.Workshop.Title;
        var response = await host.PostActivityAsync(group.Teams.CardAction("deleteWorkshop", new JsonObject { ["workshopId"] = group.WorkshopId, ["confirmTitle"] = title }));
        Assert.Contains("Workshop deleted", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class DeletedOnAnotherInstanceOnSqliteTests : DeletedOnAnotherInstanceTests, IDisposable
{
    private readonly SqliteTestStore _store = new();

    protected override IReadOnlyDictionary<string, string?> StorageSettings => _store.Settings;

    public void Dispose() => _store.Dispose();
}

[Collection(AzuriteHostCollection.Name)]
public sealed class DeletedOnAnotherInstanceOnAzuriteTests(AzuriteFixture azurite) : DeletedOnAnotherInstanceTests
{
    private readonly string _prefix = "deletedelsewhere" + Guid.NewGuid().ToString("N")[..8];

    protected override IReadOnlyDictionary<string, string?> StorageSettings => AzuriteTestStore.Settings(azurite, _prefix);
}
