using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Bot.Tests.Fixtures;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using Xunit.Abstractions;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// Depth through the real host on SQLite, signed in as the Teams channel: groups start at MVP depth and reach the
/// votes within 20 cards, the facilitator changes depth and blueprint lanes with typed commands, and a second
/// start in a running thread gets a card that says what the thread runs.
/// </summary>
public sealed class MvpDepthTests(ITestOutputHelper output) : BotOnSqliteTest
{
    public static TheoryData<string> Scenarios() => [.. BuiltInScenarios.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Every_built_in_scenario_at_MVP_depth_reaches_the_votes_within_20_cards_and_keeps_every_answer(string scenarioId)
    {
        var group = new GroupWalker(Host, Channel, AThread());
        await group.SayAsync($"start {scenarioId}");

        var cardsToVotes = 0;
        for (var turn = 0; !group.IsFinished; turn++)
        {
            Assert.True(turn < 60, $"The MVP walk did not finish; stuck at {group.Card.StepId}.");
            if (cardsToVotes == 0 && group.Card.StepId == "initiatives.voting")
            {
                cardsToVotes = group.StepsSeen.Count;
            }

            await group.AnswerCurrentStepAsync(turn);
        }

        var session = await Host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.Equal(DepthChoice.Mvp, session!.Depth);
        var fullToVotes = session.Script.Steps.Single(s => s.Kind == StepKind.Voting).Index + 1;
        output.WriteLine($"{scenarioId}: MVP {cardsToVotes} cards from start to votes ({group.StepsSeen.Count} with the review, {cardsToVotes * 2} minutes at 2 a card); full depth {fullToVotes} cards to votes ({session.Script.Steps.Count} in all)");
        Assert.InRange(cardsToVotes, 1, 20);
        Assert.True(cardsToVotes * 2 <= 45);
        Assert.Equal(group.StepsSeen.Count, session.Steps.Count);

        var stored = JsonSerializer.Serialize(session.Map);
        Assert.All(group.Answers, answer => Assert.Contains(answer, stored, StringComparison.Ordinal));
        Assert.All(session.Map.Stages, stage =>
        {
            Assert.Equal(-1, stage.Emotion);
            Assert.NotEmpty(session.Map.ItemsIn(stage.Id, Lane.PainPoint));
            Assert.All(session.Map.ItemsIn(stage.Id, Lane.PainPoint), p => Assert.NotNull(p.Evidence));
        });
        Assert.Contains(session.Map.Initiatives, i => i.Votes > 0 && i.PainPointIds.Count > 0);
        Assert.All(Channel.Calls, call => Assert.Equal("Bearer local-outbound-token", call.Authorization));
    }

    [Fact]
    public async Task The_facilitator_switches_the_workshop_to_full_depth_and_the_running_groups_card_is_updated_at_the_same_stage()
    {
        var facilitator = new GroupWalker(Host, Channel, AThread());
        await facilitator.SayAsync("start missed-bin-collection as Table 1");
        await facilitator.AnswerCurrentStepAsync(0);
        Assert.Equal("journey.notice", facilitator.Card.StepId);
        var cardId = facilitator.CardActivityId;

        var reply = await SayAsync(facilitator, "depth full");

        Assert.Contains("The workshop works at full depth", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Switched Table 1", reply.CardText, StringComparison.Ordinal);
        // The switch is a stored change of the group: its live card follows (an update, coalesced with any before it).
        var update = await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.ActivityId == cardId && c.Card is not null
            && new CardReader(c.Card).StepId == "journey.notice.customerAction");
        Assert.DoesNotContain("advanceAll", update.Card!.ToJsonString(), StringComparison.Ordinal);
        var later = new GroupWalker(Host, Channel, AThread());
        await later.SayAsync("start missed-bin-collection as Table 2");
        Assert.Equal("persona.name", later.Card.StepId);
    }

    [Fact]
    public async Task The_facilitator_gives_one_group_its_own_depth_by_name_before_it_starts()
    {
        var facilitator = new GroupWalker(Host, Channel, AThread());
        await facilitator.SayAsync("start missed-bin-collection as Table 1");

        var reply = await SayAsync(facilitator, "depth full for Table 2");
        var table2 = new GroupWalker(Host, Channel, AThread());
        await table2.SayAsync("start missed-bin-collection as Table 2");
        var table3 = new GroupWalker(Host, Channel, AThread());
        await table3.SayAsync("start missed-bin-collection as Table 3");

        Assert.Contains("Table 2 works at full depth when it starts", reply.CardText, StringComparison.Ordinal);
        Assert.Equal("persona.name", table2.Card.StepId);
        Assert.Equal("persona", table3.Card.StepId);
    }

    [Fact]
    public async Task The_facilitator_chooses_the_blueprint_lanes_and_the_blueprint_cards_ask_for_those()
    {
        var facilitator = new GroupWalker(Host, Channel, AThread());
        await facilitator.SayAsync("start missed-bin-collection");

        var reply = await SayAsync(facilitator, "lanes frontstage, backstage, support, physical evidence");
        await facilitator.SayAsync("status");
        for (var turn = 0; facilitator.Card.StepId?.StartsWith("blueprint.", StringComparison.Ordinal) != true; turn++)
        {
            Assert.True(turn < 20, "The walk never reached the blueprint.");
            await facilitator.AnswerCurrentStepAsync(turn);
        }

        Assert.Contains("Blueprint cards ask for Physical evidence, Frontstage actions, Backstage actions, Support processes.", reply.CardText, StringComparison.Ordinal);
        Assert.Equal(["in_physicalEvidence", "in_frontstage", "in_backstage", "in_supportProcess"], facilitator.Card.Inputs.Select(i => (string)i["id"]!).Where(id => id.StartsWith("in_", StringComparison.Ordinal) && id.IndexOf('_', 3) < 0));
    }

    [Theory]
    [InlineData("depth deep", "'deep' is not a depth")]
    [InlineData("lanes frontstage, kitchen", "I don't know the lane 'kitchen'")]
    [InlineData("depth full for", "Say which group after 'for'")]
    public async Task A_mistyped_depth_command_says_what_is_wrong_and_saves_nothing_to_the_map(string typed, string problem)
    {
        var facilitator = new GroupWalker(Host, Channel, AThread());
        await facilitator.SayAsync("start missed-bin-collection");

        var reply = await SayAsync(facilitator, typed);

        Assert.Contains(problem, reply.CardText, StringComparison.Ordinal);
        Assert.Contains("depth mvp|full [for {group name}]", reply.CardText, StringComparison.Ordinal);
        Assert.Empty((await Host.Repository.LoadGroupAsync(facilitator.WorkshopId, facilitator.GroupId))!.Map.Items);
    }

    [Fact]
    public async Task A_participant_cannot_change_the_depth()
    {
        var facilitator = new GroupWalker(Host, Channel, AThread());
        await facilitator.SayAsync("start missed-bin-collection");
        var otherThread = AThread();
        otherThread.User = ("29:2participant-aad-object", "Sam Participant");
        var participant = new GroupWalker(Host, Channel, otherThread);
        await participant.SayAsync("start missed-bin-collection");

        var reply = await SayAsync(participant, "depth full");

        Assert.Contains("Only the workshop's facilitator can change the depth", reply.CardText, StringComparison.Ordinal);
        Assert.Equal(DepthChoice.Mvp, (await Host.Repository.LoadGroupAsync(participant.WorkshopId, participant.GroupId))!.Depth);
    }

    [Fact]
    public async Task Starting_a_second_scenario_in_a_running_thread_says_which_scenario_it_runs_and_how_to_carry_on()
    {
        var group = new GroupWalker(Host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection as Table 1");
        var liveCard = group.CardActivityId;

        var answer = await group.SayAsync("start blue-badge-application");

        Assert.Contains("This thread already has a group", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Table 1 is working on 'Report a missed bin collection' here", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Card["body"]![1]!["facts"]!.AsArray(), f => ((string)f!["value"]!).Contains("start a new thread in this channel and type 'start blue-badge-application' there", StringComparison.Ordinal));
        var shown = await group.PressAsync("refresh");
        Assert.Equal("persona", shown.StepId);
        var stillLive = await Host.Services.GetRequiredService<Workshops.Groups.GroupConversations>().FindAsync(group.Teams.ConversationId);
        Assert.Equal(liveCard, stillLive!.Conversation.CardActivityId);
    }

    [Fact]
    public async Task Help_lists_the_depth_and_lanes_commands_with_their_arguments()
    {
        var group = new GroupWalker(Host, Channel, AThread());

        var help = await group.SayAsync("help");

        Assert.Contains("depth mvp|full [for {group name}]", help.Card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("lanes frontstage, backstage, support[, evidence, time, owner]", help.Card.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<ConnectorCall> SayAsync(GroupWalker walker, string text)
    {
        var before = Channel.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await Host.PostActivityAsync(walker.Teams.MessageMentioningBot(text))).StatusCode);
        return await Channel.WaitForCallAsync(c => c.Method == "POST" && c.Card is not null, skip: before);
    }
}
