using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Tests.EndToEnd;
using TeamsJourney.Bot.Tests.Fixtures;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>
/// The workshop hour as issue 12 accepts it, in one walk through /api/messages with signed tokens: a facilitator sets
/// the workshop up without joining a group, three groups of four (distinct Teams and Entra ids) work at MVP depth in
/// their own threads, every change shows on that group's live card alone, no facilitator action ever reaches a group
/// thread, an outdated press keeps its text, time boxes elapse on a clock the test moves with reminders inside Teams'
/// per-thread send limits, and "move all to ideas" puts every group at the ideas phase. Runs once per storage backend.
/// </summary>
public abstract class WorkshopHourEndToEndTests : IAsyncLifetime
{
    private const int GroupCount = 3;
    private const int MembersPerGroup = 4;

    // Workshop-wide controls: on the facilitator's console card only, never on a card in a group's thread.
    private static readonly string[] WorkshopWideVerbs = [.. CardVerbs.Facilitator, CardVerbs.Pause, CardVerbs.Resume, CardVerbs.AdvanceAll];
    private static readonly string[] WorkshopWideTitles = ["Move all", "Pause all", "Resume all", "+5 minutes", "Lock map", "Message every group"];

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private ConversationOutbox? _outbox;

    protected LocalChannelService Channel { get; private set; } = null!;

    /// <summary>Settings that point the host at this run's store.</summary>
    protected abstract IReadOnlyDictionary<string, string?> StorageSettings { get; }

    public async Task InitializeAsync()
    {
        Channel = await LocalChannelService.StartAsync();

        // Calls are stamped on the host's clock: the outbox paces each thread in that time.
        Channel.Clock = _clock;
    }

    public async Task DisposeAsync() => await Channel.DisposeAsync();

    [Fact]
    public async Task Three_groups_of_four_work_a_facilitated_hour_and_each_change_updates_only_that_groups_live_card()
    {
        await using var host = new BotHost(Channel, StorageSettings, _clock);
        _outbox = host.Services.GetRequiredService<ConversationOutbox>();
        var workshop = new FacilitatedWorkshop(host, Channel, AThread);
        await workshop.CreateAsync(Form(personaMinutes: 10));
        List<BreakoutGroup> groups = [.. Enumerable.Range(1, GroupCount).Select(n => new BreakoutGroup(host, Channel, n, MembersPerGroup))];
        foreach (var group in groups)
        {
            await group.StartAsync();
        }

        // The facilitator set the workshop up and is in no group; the groups joined it and work at MVP depth.
        var stored = (await host.Repository.LoadWorkshopAsync(groups[0].WorkshopId))!.Workshop;
        Assert.Equal(["aad-29:facilitator-priya"], stored.Facilitators);
        Assert.Equal(GroupCount, stored.Groups.Count);
        Assert.All(groups, g => Assert.Equal(stored.Id, g.WorkshopId));
        Assert.DoesNotContain(Channel.Calls, c => c.Activity.ToJsonString().Contains("facilitator-priya", StringComparison.Ordinal) && groups.Any(g => c.IsFor(g.ConversationId)));
        foreach (var group in groups)
        {
            Assert.Equal(DepthChoice.Mvp, (await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId))!.Depth);
            Assert.True(group.LiveCard.HasVerb(CardVerbs.AnswerInputs), "An MVP card asks several things at once.");
        }

        // The persona: a different member of each group fills the card and presses "Save and next".
        foreach (var group in groups)
        {
            var filler = group.Members[group.Number % MembersPerGroup];
            var persona = group.LiveCard;
            var presserView = await ChangeAsync(groups, group, () => group.PressAsync(filler, persona, CardVerbs.AnswerInputs, Filled(persona, $"Group {group.Number} persona", moveOn: true)));
            Assert.StartsWith("journey.", presserView.StepId, StringComparison.Ordinal);
            Assert.Equal(presserView.StepId, group.LiveCard.StepId);
        }

        // The first stage: every member of every group writes on the same card at once; each group's live card ends up
        // showing its own four entries, and no thread ever shows another group's words.
        await Task.WhenAll(groups.SelectMany(group => group.Members.Select((member, m) =>
            group.PressAsync(member, group.LiveCard, CardVerbs.AnswerInputs, FirstBox(group.LiveCard, $"Group {group.Number} member {m + 1} checks the app")))));
        foreach (var group in groups)
        {
            // The card lists the newest entries of a lane and counts the rest; the map holds all four, one per member.
            var update = await WaitWhileTheClockMovesAsync(c => group.IsLiveCardUpdate(c, card =>
                Enumerable.Range(1, MembersPerGroup).Count(m => card.Text.Contains($"Group {group.Number} member {m} checks the app", StringComparison.Ordinal)) == 3
                && card.Text.Contains("and 1 more", StringComparison.Ordinal)));
            group.Saw(update);
            var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
            var entries = session!.Map.Items.Where(i => i.Text.StartsWith($"Group {group.Number} member ", StringComparison.Ordinal)).ToList();
            Assert.Equal(group.Members.Select(m => "aad-" + m.User.Id).Order(), entries.Select(i => i.AuthorId).Order());
        }

        await SettleAsync();
        foreach (var group in groups)
        {
            var others = groups.Where(g => g != group).Select(g => $"Group {g.Number} ").ToList();
            Assert.All(group.Calls, call => Assert.DoesNotContain(others, words => call.CardText.Contains(words, StringComparison.Ordinal)));
        }

        // An outdated press: one member still has the stage card when another moves the group on. The text is saved to
        // the stage it was written for, and the presser sees the current card.
        foreach (var group in groups)
        {
            var stageCard = group.LiveCard;
            var stageId = stageCard.StepId!.Split('.')[1];
            await ChangeAsync(groups, group, () => group.PressAsync(group.Members[0], stageCard, CardVerbs.AnswerInputs, Filled(stageCard, $"Group {group.Number} stage", moveOn: true)));
            var late = $"Group {group.Number} late entry from member 3";

            var presserView = await ChangeAsync(groups, group, () => group.PressAsync(group.Members[2], stageCard, CardVerbs.AnswerInputs, FirstBox(stageCard, late)), card => card.StepId == group.LiveCard.StepId);

            Assert.Contains("saved to the step you wrote it for", presserView.Text, StringComparison.Ordinal);
            Assert.NotEqual(stageCard.StepId, presserView.StepId);
            Assert.Equal(group.LiveCard.StepId, presserView.StepId);
            var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
            Assert.Equal(stageId, Assert.Single(session!.Map.Items, i => i.Text == late).StageId);
        }

        // Time boxes elapse on the host's clock: each group thread is reminded once, then told time is up.
        _clock.Advance(TimeSpan.FromMinutes(8) + TimeSpan.FromSeconds(5) - (_clock.GetUtcNow() - stored.Clock!.StartedAt));
        foreach (var group in groups)
        {
            var reminder = await WaitWhileTheClockMovesAsync(c => c.IsFor(group.ConversationId) && c.CardText.Contains("2 minutes left", StringComparison.Ordinal));
            Assert.Equal("POST", reminder.Method);
        }

        _clock.Advance(TimeSpan.FromMinutes(2));
        foreach (var group in groups)
        {
            await WaitWhileTheClockMovesAsync(c => c.IsFor(group.ConversationId) && c.CardText.Contains("Time is up for the persona phase", StringComparison.Ordinal));
        }

        // The facilitator pauses, resumes and moves every group to the ideas phase from their own thread.
        await workshop.SayAsync("pause all");
        await workshop.SayAsync("resume all");
        var moved = await workshop.SayAsync("move all to ideas");

        Assert.Contains($"Moved {GroupCount} groups to the ideas phase", moved.Text, StringComparison.Ordinal);
        foreach (var group in groups)
        {
            var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
            Assert.Equal(WorkshopPhase.Ideas, WorkshopPhases.Of(session!.CurrentStep));
            group.Saw(await WaitWhileTheClockMovesAsync(c => group.IsLiveCardUpdate(c, card => card.StepId == session.CurrentStep.Id)));
        }

        await SettleAsync();
        var groupCalls = groups.SelectMany(g => g.Calls).ToList();
        Assert.All(groupCalls, call =>
        {
            Assert.DoesNotContain(new CardReader(call.Card ?? []).ExecuteActions, a => WorkshopWideVerbs.Contains((string?)a["verb"]));
            Assert.DoesNotContain(WorkshopWideTitles, title => call.CardText.Contains($"\"{title}\"", StringComparison.Ordinal));
        });
        foreach (var group in groups)
        {
            // One live card per thread, updated in place; the other posts are the notices (reminder, time up, pause...).
            Assert.All(group.Calls.Where(c => c.IsUpdate), c => Assert.Equal(group.LiveCardId, c.ActivityId));
            Assert.Single(group.Calls, c => c.CardText.Contains("minutes left", StringComparison.Ordinal));
            Assert.DoesNotContain(group.Calls, c => !c.IsUpdate && c.Card is not null && c.CardText.Contains("answerInputs", StringComparison.Ordinal) && c.ReturnedId != group.LiveCardId);
        }

        SendLimits.AssertKeptPerThread(groupCalls);
        Assert.Empty(host.Log.Failures);
    }

    // A change made by one group: the presser's view comes back from the invoke, then the captured calls show an
    // update of that group's live card showing it, and nothing at all in any other group's thread.
    private async Task<CardReader> ChangeAsync(IReadOnlyList<BreakoutGroup> groups, BreakoutGroup group, Func<Task<CardReader>> change, Func<CardReader, bool>? shows = null)
    {
        var before = Channel.Calls.Count;
        var presserView = await change();
        var update = await WaitWhileTheClockMovesAsync(c => group.IsLiveCardUpdate(c, shows ?? (card => card.StepId == presserView.StepId)), skip: before);
        group.Saw(update);
        await SettleAsync();
        var strays = Channel.Calls.Skip(before).Where(c => groups.Any(g => g != group && c.IsFor(g.ConversationId))).ToList();
        Assert.True(strays.Count == 0, $"A change of group {group.Number} reached another group's thread: {string.Join(", ", strays.Select(s => $"{s.Method} {s.Path}"))}");
        return presserView;
    }

    // Moves the host's clock in small steps (each far shorter than any time box) until the bot made a matching call.
    private async Task<ConnectorCall> WaitWhileTheClockMovesAsync(Func<ConnectorCall, bool> match, int skip = 0)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (Channel.Calls.Skip(skip).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(20);
        }

        return await Channel.WaitForCallAsync(match, skip: skip);
    }

    // Moves the clock on until nothing is queued or waiting for a slot, so the next change starts from a quiet channel.
    private async Task SettleAsync()
    {
        var outbox = _outbox!;
        var quietRounds = 0;
        for (var attempt = 0; attempt < 200 && quietRounds < 3; attempt++)
        {
            quietRounds = outbox.WhenIdleAsync().IsCompleted ? quietRounds + 1 : 0;
            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(20);
        }
    }

    private TeamsActivities AThread() =>
        new(Channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}");

    // Every box of an MVP card filled (evidence and channel included); "then": "next" is "Save and next".
    private static JsonObject Filled(CardReader card, string prefix, bool moveOn)
    {
        var data = MultiInputCard.Fill(card, key => $"{prefix} {key}", emotion: -1, channel: "Web", _ => ("Fact", "Missed collections log, April"));
        data[CardFields.Then] = moveOn ? CardVerbs.Next : null;
        return data;
    }

    // Only the card's first box (a stage's customer action), saved without moving on.
    private static JsonObject FirstBox(CardReader card, string text) => new()
    {
        [MultiInputCard.Prefix + MultiInputCard.Keys(card)[0]] = text,
        [CardFields.Then] = null,
    };

    private static JsonObject Form(int personaMinutes) => new()
    {
        [CardFields.Title] = "Bins, the hour",
        [CardFields.Objectives] = "Fewer missed collections",
        [CardFields.Stakeholders] = "Residents\nCrews",
        [CardFields.ScenarioId] = "missed-bin-collection",
        [CardFields.Depth] = "mvp",
        [CardFields.TimeBox(WorkshopPhase.Persona)] = personaMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [CardFields.ReminderMinutes] = "2",
        [CardFields.AutoAdvance] = "false",
    };
}

/// <summary>The workshop hour on a SQLite file.</summary>
public sealed class SqliteWorkshopHourEndToEndTests : WorkshopHourEndToEndTests, IDisposable
{
    private readonly SqliteTestStore _store = new();

    protected override IReadOnlyDictionary<string, string?> StorageSettings => _store.Settings;

    public void Dispose() => _store.Dispose();
}

/// <summary>The workshop hour on Azure Tables, served by a real Azurite.</summary>
[Collection(AzuriteHostCollection.Name)]
public sealed class AzuriteWorkshopHourEndToEndTests(AzuriteFixture azurite) : WorkshopHourEndToEndTests
{
    private readonly string _prefix = "hour" + Guid.NewGuid().ToString("N")[..10];

    protected override IReadOnlyDictionary<string, string?> StorageSettings => AzuriteTestStore.Settings(azurite, _prefix);
}
