using System.Text.Json.Nodes;
using TeamsJourney.Bot.Tests.Fixtures;
using TeamsJourney.Testing.Channel;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Tests.Conversations;

/// <summary>Typed text in a group thread: typos are asked about, answers update the live card, undo removes.</summary>
public sealed class TypedCommandTests : BotOnSqliteTest
{
    public static TheoryData<string> Misspellings() =>
    [
        "nxet", "nexy", "enxt", "netx", "bakc", "bcak", "go bakc", "stauts", "sttaus", "statsu",
        "skpi", "sikp", "hlep", "hepl", "undp", "unod", "finsh stage", "finish stgae", "scenarois", "resme",
    ];

    [Fact]
    public async Task Twenty_misspelt_commands_save_nothing_and_each_asks_what_was_meant()
    {
        var group = new LiveGroupThread(Host, Channel, Channel.ServiceUrl, AThread().ConversationId);
        var tom = group.Member("29:tom", "Tom Okafor");
        await group.StartAsync(tom);
        var workshopId = (string)group.PostedCard.BaseData["workshopId"]!;
        var groupId = (string)group.PostedCard.BaseData["groupId"]!;
        var before = (await Host.Repository.LoadGroupAsync(workshopId, groupId))!;
        var updatesBefore = group.Calls.Count(c => c.IsUpdate);

        foreach (var typo in Misspellings())
        {
            var calls = Channel.Calls.Count;
            await group.SayAsync(tom, typo);
            var reply = await Channel.WaitForCallAsync(c => c.IsFor(group.ConversationId) && c.Card is not null, skip: calls);
            Assert.Contains("Did you mean", reply.CardText, StringComparison.Ordinal);
        }

        var after = (await Host.Repository.LoadGroupAsync(workshopId, groupId))!;
        Assert.Equal(before.EventCount, after.EventCount);
        Assert.Equal(updatesBefore, group.Calls.Count(c => c.IsUpdate));
    }

    [Fact]
    public async Task Did_you_mean_offers_the_command_for_the_current_step_and_saving_the_text_as_an_answer()
    {
        var group = new LiveGroupThread(Host, Channel, Channel.ServiceUrl, AThread().ConversationId);
        var tom = group.Member("29:tom", "Tom Okafor");
        await group.StartAsync(tom);
        var calls = Channel.Calls.Count;

        await group.SayAsync(tom, "skpi");

        var question = new CardReader((await Channel.WaitForCallAsync(c => c.IsFor(group.ConversationId) && c.Card is not null, skip: calls)).Card!);
        Assert.Contains("Did you mean 'skip'?", question.Text, StringComparison.Ordinal);
        Assert.Equal("Yes, skip", (string?)question.Action("skip")["title"]);
        Assert.Equal(group.PostedCard.StepId, (string?)question.Action("skip")["data"]!["stepId"]);
        Assert.Equal("skpi", (string?)question.Action("answer")["data"]!["answer"]);
        var moved = await group.PressAsync(tom, question, "skip");
        Assert.NotEqual(group.PostedCard.StepId, moved.StepId);
        await group.WaitForLiveCardAsync(c => c.StepId == moved.StepId);
    }

    [Fact]
    public async Task A_typed_answer_updates_the_live_card_and_posts_no_new_message()
    {
        var group = new LiveGroupThread(Host, Channel, Channel.ServiceUrl, AThread().ConversationId);
        var tom = group.Member("29:tom", "Tom Okafor");
        await group.StartAsync(tom);
        var posts = group.Calls.Count(c => !c.IsUpdate);

        await group.SayAsync(tom, "Doreen Hughes");
        await group.SayAsync(tom, "skip");
        await group.WaitForLiveCardAsync(c => c.StepId != group.PostedCard.StepId);
        for (var i = 0; i < 10; i++)
        {
            await group.SayAsync(tom, "skip");
        }

        await Task.Delay(800);
        Assert.Equal(posts, group.Calls.Count(c => !c.IsUpdate));
        var session = await Host.Repository.LoadGroupAsync((string)group.PostedCard.BaseData["workshopId"]!, (string)group.PostedCard.BaseData["groupId"]!);
        Assert.Equal("Doreen Hughes", session!.Map.Persona.Name);
    }

    [Fact]
    public async Task Undo_removes_the_last_entry_that_person_added_and_only_theirs()
    {
        var group = new LiveGroupThread(Host, Channel, Channel.ServiceUrl, AThread().ConversationId);
        var tom = group.Member("29:tom", "Tom Okafor");
        var ana = group.Member("29:ana", "Ana Silva");
        await group.StartAsync(tom);
        var card = group.PostedCard;
        while (card.StepId is { } step && !step.StartsWith("journey.", StringComparison.Ordinal))
        {
            card = await group.PressAsync(tom, card, "skip");
        }

        await group.PressAsync(tom, card, "answer", new JsonObject { ["answer"] = "Tom's first" });
        await group.PressAsync(tom, card, "answer", new JsonObject { ["answer"] = "Tom's second" });
        await group.PressAsync(ana, card, "answer", new JsonObject { ["answer"] = "Ana's entry" });
        var calls = Channel.Calls.Count;

        await group.SayAsync(tom, "undo");

        var reply = new CardReader((await Channel.WaitForCallAsync(c => c.IsFor(group.ConversationId) && !c.IsUpdate && c.Card is not null, skip: calls)).Card!);
        Assert.True(reply.Text.Contains("Tom's second", StringComparison.Ordinal), reply.Text);
        var live = await group.WaitForLiveCardAsync(c => !c.Text.Contains("Tom's second", StringComparison.Ordinal) && c.Text.Contains("Ana's entry", StringComparison.Ordinal));
        Assert.Contains("Tom's first", live.Text, StringComparison.Ordinal);
        var session = await Host.Repository.LoadGroupAsync((string)card.BaseData["workshopId"]!, (string)card.BaseData["groupId"]!);
        Assert.Equal(["Ana's entry", "Tom's first"], session!.Map.Items.Select(i => i.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Undo_with_nothing_of_yours_on_the_map_says_so_and_changes_nothing()
    {
        var group = new LiveGroupThread(Host, Channel, Channel.ServiceUrl, AThread().ConversationId);
        var tom = group.Member("29:tom", "Tom Okafor");
        await group.StartAsync(tom);
        var calls = Channel.Calls.Count;

        await group.SayAsync(tom, "undo");

        var reply = await Channel.WaitForCallAsync(c => c.IsFor(group.ConversationId) && c.Card is not null, skip: calls);
        Assert.Contains("Nothing to undo", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_answer_in_a_thread_whose_start_is_not_stored_yet_gets_the_still_starting_card_and_logs_no_failure()
    {
        // A start adds the group and binds the thread before it stores the start itself; an answer typed in between
        // (or after a start that stopped half way) finds a bound group with nothing stored.
        var started = new LiveGroupThread(Host, Channel, Channel.ServiceUrl, AThread().ConversationId);
        var tom = started.Member("29:tom", "Tom Okafor");
        await started.StartAsync(tom);
        var workshopId = (string)started.PostedCard.BaseData["workshopId"]!;
        var halfway = new LiveGroupThread(Host, Channel, Channel.ServiceUrl, AThread().ConversationId);
        var groupId = GroupConversations.GroupIdOf(halfway.ConversationId);
        await Host.Repository.UpdateWorkshopAsync(workshopId, w => w.AddGroup(groupId, "Half way", "missed-bin-collection"), DateTimeOffset.UtcNow);
        await Host.Repository.SaveConversationAsync(GroupConversations.ToBinding(workshopId, groupId, new GroupConversation(halfway.ConversationId, Channel.ServiceUrl.ToString(), null, TeamsActivities.TenantId)));
        Host.Log.Clear();
        var calls = Channel.Calls.Count;

        await halfway.SayAsync(halfway.Member("29:ada", "Ada Lowe"), "Doreen Hughes");

        var reply = await Channel.WaitForCallAsync(c => c.IsFor(halfway.ConversationId) && c.Card is not null, skip: calls);
        Assert.Contains("This group is still starting", reply.CardText, StringComparison.Ordinal);
        Assert.Empty(Host.Log.Failures);
        Assert.Null(await Host.Repository.LoadGroupAsync(workshopId, groupId));

        calls = Channel.Calls.Count;
        await halfway.SayAsync(halfway.Member("29:tom", "Tom Okafor"), "start missed-bin-collection");
        var card = await Channel.WaitForCallAsync(c => c.IsFor(halfway.ConversationId) && c.Card is not null, skip: calls);
        Assert.Contains("Half way", card.CardText, StringComparison.Ordinal);
        Assert.NotNull(await Host.Repository.LoadGroupAsync(workshopId, groupId));
    }

    [Fact]
    public async Task Start_as_a_name_without_a_scenario_offers_the_choice_and_the_chosen_scenario_starts_under_that_name()
    {
        var thread = AThread();
        var group = new GroupWalker(Host, Channel, thread);

        var chooser = await group.SayAsync("start as Table 3");

        Assert.Contains("Choose a scenario for this group", chooser.Text, StringComparison.Ordinal);
        var choice = chooser.ExecuteActions.First(a => (string?)a["data"]?["scenarioId"] == "missed-bin-collection");
        Assert.Equal("Table 3", (string?)choice["data"]!["groupName"]);
        var response = await Host.PostActivityAsync(thread.CardAction("start", choice["data"]!.DeepClone().AsObject(), group.CardActivityId));
        Assert.Contains("Group started", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var workshops = await Host.Repository.ListAllHeadersAsync();
        var workshop = (await Host.Repository.LoadWorkshopAsync(Assert.Single(workshops).WorkshopId))!.Workshop;
        Assert.Equal("Table 3", Assert.Single(workshop.Groups).Name);
    }
}
