using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Tests.EndToEnd;

namespace TeamsJourney.Bot.Tests.Conversations;

/// <summary>
/// A group's card is shared state: one live message per thread, updated in place for everyone after every change,
/// with each person's own view (dots, draft, facilitator controls) fetched through the card's refresh. Runs once
/// per storage backend.
/// </summary>
public abstract class LiveGroupCardTests : IAsyncLifetime
{
    private static readonly string[] FacilitatorVerbs = ["pause", "resume", "advanceAll", "generateDocuments"];

    private LocalChannelService Channel { get; set; } = null!;

    private BotHost Host { get; set; } = null!;

    /// <summary>Settings that point the host at this run's store.</summary>
    protected abstract IReadOnlyDictionary<string, string?> StorageSettings { get; }

    public async Task InitializeAsync()
    {
        Channel = await LocalChannelService.StartAsync();
        Host = new BotHost(Channel, StorageSettings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }

    private LiveGroupThread AGroupThread() =>
        new(Host, Channel, Channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}");

    [Fact]
    public async Task After_every_change_the_groups_live_card_is_updated_in_place_for_everyone()
    {
        var group = AGroupThread();
        var priya = group.Member("29:priya", "Priya Shah");
        var tom = group.Member("29:tom", "Tom Okafor");
        await group.StartAsync(priya);
        var card = group.PostedCard;

        // An answer from one member (the persona's name: the group moves on to the next field) shows on the live card.
        var answered = await group.PressAsync(tom, card, "answer", new JsonObject { ["answer"] = "Doreen Hughes" });
        Assert.NotEqual(card.StepId, answered.StepId);
        await group.WaitForLiveCardAsync(c => c.StepId == answered.StepId);

        // A step from another member: the live card moves on again.
        var moved = await group.PressAsync(priya, answered, "skip");
        await group.WaitForLiveCardAsync(c => c.StepId == moved.StepId);
        while (moved.StepId is { } step && !step.StartsWith("journey.", StringComparison.Ordinal))
        {
            moved = await group.PressAsync(priya, moved, "skip");
        }

        // A typed answer: the live card lists it.
        await group.SayAsync(tom, "Looks at the council website");
        var live = await group.WaitForLiveCardAsync(c => c.Text.Contains("Looks at the council website", StringComparison.Ordinal));

        // Pause (the facilitator's own view): every member's live card says so.
        await group.PressAsync(priya, live, "pause");
        await group.WaitForLiveCardAsync(c => c.Text.Contains("paused", StringComparison.Ordinal));

        // One posted card besides the reply to the facilitator's own "depth full" (StartAsync): the live card.
        Assert.Single(group.Calls, c => !c.IsUpdate && c.Card is not null && !c.CardText.Contains("Workshop depth", StringComparison.Ordinal));
        Assert.All(group.Calls.Where(c => c.IsUpdate), c => Assert.Equal(group.LiveCardId, c.ActivityId));
    }

    [Fact]
    public async Task No_facilitator_action_ever_appears_in_the_groups_thread_and_a_pause_from_an_older_card_answers_only_the_presser()
    {
        var group = AGroupThread();
        var priya = group.Member("29:priya", "Priya Shah");
        var tom = group.Member("29:tom", "Tom Okafor");
        await group.StartAsync(priya);

        // Workshop-wide controls live on the facilitator's console card, not on any view of a group's card.
        var facilitatorView = await group.PressAsync(priya, group.PostedCard, "answer", new JsonObject { ["answer"] = "Doreen" });
        Assert.All(FacilitatorVerbs, verb => Assert.False(facilitatorView.HasVerb(verb), $"The facilitator's view of a group card offers {verb}."));

        // A card posted before that still carries Pause: it pauses every group, and says so in the presser's view only.
        var paused = await group.PressAsync(priya, facilitatorView, "pause");
        Assert.Contains("pause", paused.Text, StringComparison.OrdinalIgnoreCase);
        await group.WaitForLiveCardAsync(c => c.Text.Contains("paused", StringComparison.Ordinal));
        var resumed = await group.PressAsync(priya, paused, "resume");
        await group.PressAsync(priya, resumed, "advanceAll");
        var participantView = await group.PressAsync(tom, resumed, "answer", new JsonObject { ["answer"] = "Margaret" });
        await group.SayAsync(priya, "advance all");
        await group.WaitForLiveCardAsync(c => !c.Text.Contains("paused", StringComparison.Ordinal));
        await Task.Delay(500);

        Assert.All(FacilitatorVerbs, verb => Assert.False(participantView.HasVerb(verb), $"A participant's view offers {verb}."));
        Assert.All(group.Calls.Where(c => c.Card is not null), call =>
            Assert.All(FacilitatorVerbs, verb => Assert.False(new CardReader(call.Card!).HasVerb(verb), $"{call.Method} into the thread offers {verb}: {call.CardText}")));
    }

    [Fact]
    public async Task The_live_card_refreshes_for_its_members_and_each_gets_their_own_view()
    {
        var group = AGroupThread();
        var priya = group.Member("29:priya", "Priya Shah");
        var tom = group.Member("29:tom", "Tom Okafor");
        await group.StartAsync(priya);
        var answered = await group.PressAsync(tom, group.PostedCard, "answer", new JsonObject { ["answer"] = "Doreen" });

        var live = await group.WaitForLiveCardAsync(c => c.StepId == answered.StepId);

        var userIds = live.Card["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!).ToList();
        Assert.Equal(["29:priya", "29:tom"], userIds.Order());
        Assert.Equal("refresh", (string?)live.Card["refresh"]!["action"]!["verb"]);
        // Each refresh is the member's own view of the current step; workshop-wide controls are on the facilitator's
        // console card, so not even the facilitator's view of a group card offers Pause.
        var priyasView = await group.RefreshAsync(priya, live);
        var tomsView = await group.RefreshAsync(tom, live);
        Assert.Equal(answered.StepId, priyasView.StepId);
        Assert.Equal(answered.StepId, tomsView.StepId);
        Assert.False(priyasView.HasVerb("pause"));
        Assert.False(tomsView.HasVerb("pause"));
    }

    [Fact]
    public async Task A_member_pressing_an_outdated_card_keeps_their_text_in_the_step_it_was_written_for()
    {
        var group = AGroupThread();
        var priya = group.Member("29:priya", "Priya Shah");
        var tom = group.Member("29:tom", "Tom Okafor");
        await group.StartAsync(priya);
        var card = group.PostedCard;
        while (card.StepId is { } step && !step.StartsWith("journey.", StringComparison.Ordinal))
        {
            card = await group.PressAsync(priya, card, "skip");
        }

        // Tom's client still shows the stage's first card when Priya moves the group on.
        var tomsCard = card;
        await group.PressAsync(priya, card, "skip");

        var answered = await group.PressAsync(tom, tomsCard, "answer", new JsonObject { ["answer"] = "Checks the council website" });

        Assert.True(answered.Text.Contains("saved to the step you wrote it for", StringComparison.Ordinal), answered.Text);
        Assert.NotEqual(tomsCard.StepId, answered.StepId);
        var session = await Host.Repository.LoadGroupAsync((string)card.BaseData["workshopId"]!, (string)card.BaseData["groupId"]!);
        var stageId = tomsCard.StepId!.Split('.')[1];
        var item = Assert.Single(session!.Map.Items, i => i.Text == "Checks the council website");
        Assert.Equal(stageId, item.StageId);
    }

    [Fact]
    public async Task A_member_pressing_an_outdated_persona_card_gets_their_text_back_in_their_own_view()
    {
        var group = AGroupThread();
        var priya = group.Member("29:priya", "Priya Shah");
        var tom = group.Member("29:tom", "Tom Okafor");
        await group.StartAsync(priya);
        var tomsCard = group.PostedCard;
        await group.PressAsync(priya, tomsCard, "skip");

        var answered = await group.PressAsync(tom, tomsCard, "answer", new JsonObject { ["answer"] = "Doreen Hughes, 81" });

        Assert.Contains("Your text is back in the box", answered.Text, StringComparison.Ordinal);
        Assert.Equal("Doreen Hughes, 81", (string?)answered.Inputs.Single(i => (string?)i["id"] == "answer")["value"]);
        var refreshed = await group.RefreshAsync(tom, answered);
        Assert.Equal("Doreen Hughes, 81", (string?)refreshed.Inputs.Single(i => (string?)i["id"] == "answer")["value"]);
        var othersView = await group.RefreshAsync(priya, answered);
        Assert.Null(othersView.Inputs.Single(i => (string?)i["id"] == "answer")["value"]);
    }

    [Fact]
    public async Task A_burst_of_changes_from_many_members_keeps_the_threads_send_limits_and_is_coalesced()
    {
        var group = AGroupThread();
        var members = Enumerable.Range(1, 12).Select(i => group.Member($"29:member-{i}", $"Member {i}")).ToList();
        await group.StartAsync(members[0]);
        var card = group.PostedCard;
        while (card.StepId is { } step && !step.StartsWith("journey.", StringComparison.Ordinal))
        {
            card = await group.PressAsync(members[0], card, "skip");
        }

        var stageCard = card;
        await Task.WhenAll(Enumerable.Range(0, 36).Select(i =>
            group.PressAsync(members[i % members.Count], stageCard, "answer", new JsonObject { ["answer"] = $"Burst entry {i}" })));
        await group.WaitForLiveCardAsync(c => Enumerable.Range(0, 36).Count(i => c.Text.Contains($"Burst entry {i}", StringComparison.Ordinal)) >= 8
            && c.Text.Contains("and 28 earlier entries", StringComparison.Ordinal));
        await Task.Delay(500);

        var updates = group.Calls.Where(c => c.IsUpdate).ToList();
        Assert.True(updates.Count < 36, $"{updates.Count} updates for 36 changes: nothing was coalesced.");
        var times = group.Calls.Select(c => c.At).Order().ToList();
        for (var i = 0; i < times.Count; i++)
        {
            // Recorded on arrival, a few milliseconds after the slot: the limit is checked with that much slack.
            Assert.True(times.Skip(i).TakeWhile(t => t < times[i].AddMilliseconds(950)).Count() <= 7, $"More than 7 sends in the second from {times[i]:HH:mm:ss.fff}.");
            Assert.True(times.Skip(i).TakeWhile(t => t < times[i].AddSeconds(29.95)).Count() <= 60, "More than 60 sends in 30 s.");
        }
    }

    [Fact]
    public async Task A_change_made_in_the_tab_updates_the_live_card_too()
    {
        var group = AGroupThread();
        var priya = group.Member("29:priya", "Priya Shah");
        await group.StartAsync(priya);
        var card = group.PostedCard;
        while (card.StepId is { } step && !step.StartsWith("journey.", StringComparison.Ordinal))
        {
            card = await group.PressAsync(priya, card, "skip");
        }

        await group.PressAsync(priya, card, "answer", new JsonObject { ["answer"] = "Rings the contact centre" });
        await group.WaitForLiveCardAsync(c => c.Text.Contains("Rings the contact centre", StringComparison.Ordinal));
        var workshopId = (string)card.BaseData["workshopId"]!;
        var groupId = (string)card.BaseData["groupId"]!;
        var item = (await Host.Repository.LoadGroupAsync(workshopId, groupId))!.Map.Items.Single(i => i.Text == "Rings the contact centre");

        // The tab's co-editing goes through the same application layer: its delete is a stored group change.
        var edits = Host.Services.GetRequiredService<TeamsJourney.Workshops.Groups.RunGroupCommand>();
        var workshop = (await Host.Repository.LoadWorkshopAsync(workshopId))!.Workshop;
        await edits.RunAsync(workshop, groupId, new TeamsJourney.Domain.Facilitation.Commands.EditItem(item.Id, "Rings the contact centre twice"), new("aad-29:priya", "Priya Shah"), "tab-edit-1");

        await group.WaitForLiveCardAsync(c => c.Text.Contains("Rings the contact centre twice", StringComparison.Ordinal));
    }
}

/// <summary>The live card walk on a SQLite file.</summary>
public sealed class SqliteLiveGroupCardTests : LiveGroupCardTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-live-").FullName;

    protected override IReadOnlyDictionary<string, string?> StorageSettings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqlitePath"] = Path.Combine(_folder, "workshops.db"),
    };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The live card walk on Azure Tables, served by a real Azurite.</summary>
[Collection(AzuriteHostCollection.Name)]
public sealed class AzuriteLiveGroupCardTests(AzuriteFixture azurite) : LiveGroupCardTests
{
    private readonly string _prefix = "live" + Guid.NewGuid().ToString("N")[..10];

    protected override IReadOnlyDictionary<string, string?> StorageSettings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:TablesConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = _prefix,
    };
}
