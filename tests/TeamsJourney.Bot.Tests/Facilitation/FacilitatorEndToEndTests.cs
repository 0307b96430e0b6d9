using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Bot.Cards;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>
/// A real facilitator through /api/messages with signed tokens: a workshop set up without joining a group, groups
/// started by members, every group moved to a phase, time boxes elapsing on a clock the test moves, reminders sent
/// within Teams' per-thread limits and still sent by a host started after a restart. Runs once per storage backend.
/// </summary>
public abstract class FacilitatorEndToEndTests : IAsyncLifetime
{
    private static readonly string[] WorkshopWideVerbs = [.. CardVerbs.Facilitator, CardVerbs.Pause, CardVerbs.Resume, CardVerbs.AdvanceAll];

    protected LocalChannelService Channel { get; private set; } = null!;

    /// <summary>Settings that point the host at this run's store.</summary>
    protected abstract IReadOnlyDictionary<string, string?> StorageSettings { get; }

    public async Task InitializeAsync() => Channel = await LocalChannelService.StartAsync();

    public async Task DisposeAsync() => await Channel.DisposeAsync();

    private BotHost StartHost(TimeProvider? time = null) => new(Channel, StorageSettings, time);

    private TeamsActivities AThread() =>
        new(Channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}");

    private static JsonObject Form(string title = "Bins, round 1", int? personaMinutes = null, bool autoAdvance = false) => new()
    {
        [CardFields.Title] = title,
        [CardFields.Objectives] = "Fewer missed collections\nClearer reporting",
        [CardFields.Stakeholders] = "Residents\nCrews",
        [CardFields.ScenarioId] = "missed-bin-collection",
        [CardFields.Depth] = "mvp",
        [CardFields.TimeBox(WorkshopPhase.Persona)] = personaMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [CardFields.ReminderMinutes] = "2",
        [CardFields.AutoAdvance] = autoAdvance ? "true" : "false",
    };

    [Fact]
    public async Task A_facilitator_creates_a_workshop_without_joining_a_group_and_members_start_the_groups()
    {
        await using var host = StartHost();
        var workshop = new FacilitatedWorkshop(host, Channel, AThread);

        var console = await workshop.CreateAsync(Form());
        Assert.Contains("Workshop created", console.Text, StringComparison.Ordinal);
        Assert.Contains("Bins, round 1", console.Text, StringComparison.Ordinal);
        for (var number = 1; number <= 3; number++)
        {
            var group = await workshop.StartGroupAsync(number);
            Assert.Contains("Persona", group.Card.Text, StringComparison.Ordinal);
        }

        var stored = (await host.Repository.LoadWorkshopAsync(workshop.Groups[0].WorkshopId))!.Workshop;
        Assert.Equal("Bins, round 1", stored.Title);
        Assert.Equal(["aad-29:facilitator-priya"], stored.Facilitators);
        Assert.Equal(3, stored.Groups.Count);
        Assert.All(workshop.Groups, g => Assert.Equal(stored.Id, g.WorkshopId));
        Assert.Equal("mvp", stored.Setup.Depth);
        Assert.Equal(["Fewer missed collections", "Clearer reporting"], stored.Objectives);

        // The console lists every group; the form's message became the console, updated in place.
        var consoleUpdate = await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.ActivityId == workshop.ConsoleActivityId && c.CardText.Contains("Member", StringComparison.Ordinal) == false && c.CardText.Contains("Move all", StringComparison.Ordinal));
        Assert.NotNull(consoleUpdate);
    }

    [Fact]
    public async Task Move_all_to_ideas_puts_every_group_at_the_ideas_phase_and_no_facilitator_action_reaches_a_group_thread()
    {
        await using var host = StartHost();
        var workshop = new FacilitatedWorkshop(host, Channel, AThread);
        await workshop.CreateAsync(Form());
        for (var number = 1; number <= 3; number++)
        {
            var group = await workshop.StartGroupAsync(number);
            await group.AnswerCurrentStepAsync(number);
        }

        var answer = await workshop.SayAsync("move all to ideas");

        Assert.Contains("Moved 3 groups to the ideas phase", answer.Text, StringComparison.Ordinal);
        foreach (var group in workshop.Groups)
        {
            var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
            Assert.Equal(WorkshopPhase.Ideas, WorkshopPhases.Of(session!.CurrentStep));
            // The move is a stored change of the group, so its live card follows like any other change (in place).
            await Channel.WaitForCallAsync(c => c.IsUpdate && c.Conversation == group.Teams.ConversationId && c.ActivityId == group.CardActivityId
                && c.Card is not null && new CardReader(c.Card).StepId == session.CurrentStep.Id);
        }

        await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.ActivityId == workshop.ConsoleActivityId && c.CardText.Contains("Phase: ideas", StringComparison.Ordinal));
        await workshop.SayAsync("pause all");
        await workshop.SayAsync("resume all");
        Assert.All(workshop.CallsIntoGroups(), call => Assert.DoesNotContain(new CardReader(call.Card!).ExecuteActions, a => WorkshopWideVerbs.Contains((string?)a["verb"])));
    }

    [Fact]
    public async Task A_member_cannot_use_facilitator_actions()
    {
        await using var host = StartHost();
        var workshop = new FacilitatedWorkshop(host, Channel, AThread);
        await workshop.CreateAsync(Form());
        var group = await workshop.StartGroupAsync(1);
        var stepBefore = group.Card.StepId;

        var refusal = await group.SayAsync("move all to voting");

        Assert.Contains("Only the workshop's facilitators", refusal.Text, StringComparison.Ordinal);
        var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.Equal(stepBefore, session!.CurrentStep.Id);
    }

    [Fact]
    public async Task A_locked_map_refuses_a_typed_answer_with_a_friendly_card_and_keeps_the_map()
    {
        await using var host = StartHost();
        var workshop = new FacilitatedWorkshop(host, Channel, AThread);
        await workshop.CreateAsync(Form());
        var group = await workshop.StartGroupAsync(1);
        await workshop.SayAsync("lock map");

        var answer = await group.SayAsync("Doreen Hughes");

        Assert.Contains("locked the map", answer.Text, StringComparison.Ordinal);
        var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.Empty(session!.Map.Persona.Entries(Domain.Maps.PersonaField.Name));

        await workshop.SayAsync("unlock map");
        await group.SayAsync("Doreen Hughes");
        session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.Single(session!.Map.Persona.Entries(Domain.Maps.PersonaField.Name));
    }

    [Fact]
    public async Task Time_boxes_elapse_on_the_clock_and_every_group_is_reminded_then_told_time_is_up_within_the_send_limits()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = StartHost(clock);
        var workshop = new FacilitatedWorkshop(host, Channel, AThread);
        await workshop.CreateAsync(Form(personaMinutes: 10));
        for (var number = 1; number <= 3; number++)
        {
            await workshop.StartGroupAsync(number);
        }

        clock.Advance(TimeSpan.FromMinutes(7));
        await Task.Delay(300);
        Assert.DoesNotContain(Channel.Calls, c => c.CardText.Contains("minutes left", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5));
        foreach (var group in workshop.Groups)
        {
            var reminder = await Channel.WaitForCallAsync(c => c.Conversation == group.Teams.ConversationId && c.CardText.Contains("2 minutes left", StringComparison.Ordinal));
            Assert.Equal("POST", reminder.Method);
        }

        clock.Advance(TimeSpan.FromMinutes(2));
        foreach (var group in workshop.Groups)
        {
            await Channel.WaitForCallAsync(c => c.Conversation == group.Teams.ConversationId && c.CardText.Contains("Time is up for the persona phase", StringComparison.Ordinal));
        }

        // The console card is a coalesced update: its window runs on the host's clock, which this test moves.
        await WaitWhileTheClockMovesAsync(clock, c => c.ActivityId == workshop.ConsoleActivityId && c.CardText.Contains("time is up", StringComparison.Ordinal));
        Assert.All(workshop.Groups, group => Assert.Single(Channel.Calls, c => c.Conversation == group.Teams.ConversationId && c.CardText.Contains("minutes left", StringComparison.Ordinal)));
        SendLimits.AssertKeptPerThread(Channel.Calls);
    }

    [Fact]
    public async Task A_time_box_set_to_move_on_by_itself_moves_every_group_to_the_next_phase()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = StartHost(clock);
        var workshop = new FacilitatedWorkshop(host, Channel, AThread);
        await workshop.CreateAsync(Form(personaMinutes: 5, autoAdvance: true));
        await workshop.StartGroupAsync(1);
        await workshop.StartGroupAsync(2);

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(5));

        foreach (var group in workshop.Groups)
        {
            // The timer moves the groups on in the background, a moment after the clock passed the end.
            var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
            for (var attempt = 0; attempt < 100 && WorkshopPhases.Of(session!.CurrentStep) != WorkshopPhase.Journey; attempt++)
            {
                await Task.Delay(100);
                session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
            }

            Assert.Equal(WorkshopPhase.Journey, WorkshopPhases.Of(session!.CurrentStep));

            // The group's live card follows the stored move (a coalesced update on the host's clock, which this test moves).
            await WaitWhileTheClockMovesAsync(clock, c => c.IsUpdate && c.Conversation == group.Teams.ConversationId
                && c.Card is not null && new CardReader(c.Card).StepId == session.CurrentStep.Id);
        }
    }

    [Fact]
    public async Task Reminders_survive_a_host_restart()
    {
        var start = DateTimeOffset.UtcNow;
        var workshop = default(FacilitatedWorkshop);
        await using (var first = StartHost(new FakeTimeProvider(start)))
        {
            workshop = new FacilitatedWorkshop(first, Channel, AThread);
            await workshop.CreateAsync(Form(personaMinutes: 10));
            await workshop.StartGroupAsync(1);
            await workshop.StartGroupAsync(2);
        }

        Assert.DoesNotContain(Channel.Calls, c => c.CardText.Contains("minutes left", StringComparison.Ordinal));

        // A new host, nine minutes later: the reminder that fell due while no host ran is sent on its first round.
        await using var second = StartHost(new FakeTimeProvider(start.AddMinutes(8).AddSeconds(30)));
        _ = second.Services;
        foreach (var group in workshop.Groups)
        {
            await Channel.WaitForCallAsync(c => c.Conversation == group.Teams.ConversationId && c.CardText.Contains("2 minutes left", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_newest_workshop_of_a_channel_is_current_and_the_older_one_keeps_its_groups()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = StartHost(clock);
        var first = new FacilitatedWorkshop(host, Channel, AThread);
        await first.CreateAsync(Form("Round 1"));
        var early = await first.StartGroupAsync(1);

        clock.Advance(TimeSpan.FromDays(7));
        var second = new FacilitatedWorkshop(host, Channel, AThread);
        await second.CreateAsync(Form("Round 2"));
        var late = await second.StartGroupAsync(2);

        Assert.NotEqual(early.WorkshopId, late.WorkshopId);
        Assert.Equal("Round 2", (await host.Repository.LoadWorkshopAsync(late.WorkshopId))!.Workshop.Title);
        Assert.Single((await host.Repository.LoadWorkshopAsync(early.WorkshopId))!.Workshop.Groups);
        await early.SayAsync("status");
        Assert.Equal(early.WorkshopId, (await host.Services.GetRequiredService<GroupConversations>().FindAsync(early.Teams.ConversationId))!.WorkshopId);
    }

    [Fact]
    public async Task A_channel_without_a_new_workshop_still_makes_the_first_starter_its_facilitator()
    {
        await using var host = StartHost();
        var thread = FacilitatedWorkshop.WithUser(AThread(), "29:starter", "Sam Starter");
        var group = new GroupWalker(host, Channel, thread);
        await group.SayAsync("start missed-bin-collection");

        var workshop = (await host.Repository.LoadWorkshopAsync(group.WorkshopId))!.Workshop;
        Assert.Equal(["aad-29:starter"], workshop.Facilitators);

        await host.PostActivityAsync(thread.MessageMentioningBot("move all to journey"));

        await Channel.WaitForCallAsync(c => c.Method == "POST" && c.CardText.Contains("Moved 1 group to the journey phase", StringComparison.Ordinal));
        var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.Equal(WorkshopPhase.Journey, WorkshopPhases.Of(session!.CurrentStep));
    }

    // Moves the fake clock in small steps (each far shorter than any time box) until the bot made a matching call.
    private async Task WaitWhileTheClockMovesAsync(FakeTimeProvider clock, Func<ConnectorCall, bool> match)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Channel.Calls.Any(match))
            {
                return;
            }

            clock.Advance(TimeSpan.FromMilliseconds(300));
            await Task.Delay(50);
        }

        await Channel.WaitForCallAsync(match);
    }
}
