using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Conversations;
using TeamsJourney.Bot.Tests.Fixtures;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// A breakout group walks whole scenarios through the real host, signed in as the Teams channel,
/// with the bot's Connector calls going to a local channel service. Runs once per storage backend.
/// </summary>
public abstract partial class BotEndToEndTests : IAsyncLifetime
{
    protected LocalChannelService Channel { get; private set; } = null!;

    /// <summary>Settings that point the host at this run's store.</summary>
    protected abstract IReadOnlyDictionary<string, string?> StorageSettings { get; }

    public async Task InitializeAsync() => Channel = await LocalChannelService.StartAsync();

    public async Task DisposeAsync() => await Channel.DisposeAsync();

    protected BotHost StartHost() => new(Channel, StorageSettings);

    protected TeamsActivities AThread() =>
        new(Channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}");

    public static TheoryData<string> Scenarios() => [.. BuiltInScenarios.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task A_group_walks_a_whole_scenario_and_the_stored_map_holds_every_answer(string scenarioId)
    {
        await using var host = StartHost();
        var thread = AThread();
        var group = new GroupWalker(host, Channel, thread);

        var welcome = await host.PostActivityAsync(thread.BotAdded());
        Assert.Equal(HttpStatusCode.OK, welcome.StatusCode);
        Assert.Contains("Welcome to TeamsJourney", (await Channel.WaitForCallAsync(c => c.CardText.Contains("Welcome", StringComparison.Ordinal))).CardText, StringComparison.Ordinal);

        await group.SayAsync($"start {scenarioId}");
        await group.UseFullDepthAsync();
        Assert.Equal("persona.name", group.Card.StepId);
        var typed = "Margaret, 78, lives alone on a narrow lane";
        await group.SayAsync(typed);
        group.Answers.Add(typed);

        for (var turn = 0; !group.IsFinished; turn++)
        {
            Assert.True(turn < 300, $"The scenario did not finish; stuck at {group.Card.StepId}.");
            await group.AnswerCurrentStepAsync(turn);
        }

        var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.NotNull(session);
        Assert.True(session.IsFinished);
        var stored = JsonSerializer.Serialize(session.Map);
        Assert.All(group.Answers, answer => Assert.Contains(JsonSerializer.Serialize(answer)[1..^1], stored, StringComparison.Ordinal));
        Assert.All(session.Map.Stages, stage => Assert.Equal(-1, stage.Emotion));
        Assert.Contains(session.Map.Initiatives, i => i.Votes > 0 && i.Impact == 4 && i.Effort == 2);
        Assert.All(Channel.Calls, call => Assert.Equal("Bearer local-outbound-token", call.Authorization));
    }

    [Fact]
    public async Task The_facilitator_generates_the_documents_and_the_card_ends_with_working_download_links()
    {
        await using var host = StartHost();
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        for (var turn = 0; group.Card.StepId != null && !group.Card.HasVerb("generateDocuments"); turn++)
        {
            Assert.True(turn < 300, "The review step never offered Generate documents.");
            await group.AnswerCurrentStepAsync(turn);
        }

        var answer = await group.PressAsync("generateDocuments");
        Assert.Contains("Generating the deck and the report", answer.Text, StringComparison.Ordinal);

        var ready = await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.CardText.Contains("Your documents are ready", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        // The card everyone sees carries no link; "Get my links" answers the presser with links signed for them.
        Assert.DoesNotContain("signature=", ready.CardText, StringComparison.Ordinal);
        var getMyLinks = ready.Card!["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "documentLinks")!;
        var mine = await host.PostActivityAsync(group.Teams.CardAction("documentLinks", getMyLinks["data"]!.DeepClone().AsObject(), ready.ActivityId));
        var personal = JsonNode.Parse(await mine.Content.ReadAsStringAsync())!["value"]!;
        var links = personal["actions"]!.AsArray().Where(a => a!["url"] is not null).Select(a => new Uri((string)a!["url"]!)).ToList();
        // The deck and the report, then their PDF copies when LibreOffice is installed on the machine.
        Assert.Equal([".pptx", ".docx"], links.Take(2).Select(l => Path.GetExtension(Uri.UnescapeDataString(l.AbsolutePath))));
        Assert.Contains(links.Count, new[] { 2, 4 });
        Assert.Contains(Channel.Calls, c => c.Method == "PUT" && c.ActivityId == ready.ActivityId && c.CardText.Contains("%)", StringComparison.Ordinal));
        foreach (var link in links)
        {
            var download = await host.CreateClient().GetAsync(link.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length > 5_000);
            Assert.Equal(link.AbsolutePath.EndsWith(".pdf", StringComparison.Ordinal) ? (byte)'%' : (byte)'P', bytes[0]);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        }

        // The card's links are signed for the facilitator; the bare document address needs a sign-in.
        Assert.All(links, link => Assert.Contains("signature=", link.Query, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync(links[0].AbsolutePath)).StatusCode);
    }

    [Fact]
    public async Task Asking_for_the_documents_again_at_once_gets_a_friendly_wait_instead_of_a_second_generation()
    {
        await using var host = StartHost();
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        await group.SayAsync("documents");
        await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.CardText.Contains("Your documents are ready", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

        var thread = group.Teams;
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(thread.MessageMentioningBot("documents"))).StatusCode);

        await Channel.WaitForCallAsync(c => c.CardText.Contains("generated a moment ago", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Single(Channel.Calls, c => c.Method == "POST" && c.CardText.Contains("Queued", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Installing_the_app_in_a_team_posts_the_welcome_once()
    {
        await using var host = StartHost();
        var thread = AThread();

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(thread.Installed())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(thread.BotAdded())).StatusCode);
        await Channel.WaitForCallAsync(c => c.CardText.Contains("Welcome to TeamsJourney", StringComparison.Ordinal));
        await Task.Delay(200);

        Assert.Single(Channel.Calls, c => c.CardText.Contains("Welcome to TeamsJourney", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Twenty_groups_started_at_the_same_moment_in_a_new_channel_are_all_answered_with_their_group()
    {
        await using var host = StartHost();
        var threads = Enumerable.Range(1, 20).Select(_ => AThread()).ToList();

        var answers = await Task.WhenAll(threads.Select((thread, i) =>
            host.PostActivityAsync(thread.MessageMentioningBot($"start missed-bin-collection as Table {i + 1}"))));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        for (var i = 0; i < threads.Count; i++)
        {
            // Every start is answered in its own thread with its own group's first card: never "busy", never silence.
            var card = await Channel.WaitForCallAsync(c => c.IsCardFor(threads[i].ConversationId));
            Assert.True(card.CardText.Contains("Persona", StringComparison.Ordinal) && card.CardText.Contains("Save and next", StringComparison.Ordinal), card.CardText);
            Assert.Matches($@"Table {i + 1}(?!\d)", card.CardText);
        }

        Assert.DoesNotContain(Channel.Calls, c => c.CardText.Contains("Busy moment", StringComparison.Ordinal));

        var workshopId = TurnIdentity.WorkshopId(ActivityParser.TryParse(Encoding.UTF8.GetBytes(threads[0].MessageMentioningBot("x").ToJsonString())).Activity!);
        var workshop = (await host.Repository.LoadWorkshopAsync(workshopId))!.Workshop;
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"Table {i}").Order(), workshop.Groups.Select(g => g.Name).Order());
        Assert.Single(workshop.Facilitators);
        foreach (var group in workshop.Groups)
        {
            Assert.True((await host.Repository.LoadGroupAsync(workshopId, group.Id))!.IsStarted);
        }
    }

    [Fact]
    public async Task The_same_card_action_delivered_twice_is_stored_once()
    {
        await using var host = StartHost();
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");

        var cardBefore = group.Card;
        var first = await group.PressAsync("answerInputs", new() { ["in_goals"] = "Checks the council website first" }, activityId: "1700000999999");
        var firstText = first.Text;

        // Teams redelivers the same activity id when it did not hear back in time; the user pressed once.
        var walker = new GroupWalker(host, Channel, group.Teams) { };
        walker.UseCard(cardBefore, group.CardActivityId);
        var again = await walker.PressAsync("answerInputs", new() { ["in_goals"] = "Checks the council website first" }, activityId: "1700000999999");

        var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.NotNull(session);
        Assert.Equal(1, CountOf(JsonSerializer.Serialize(session.Map), "Checks the council website first"));
        Assert.Equal(first.StepId, again.StepId);
        Assert.Equal(firstText, again.Text);
    }

    [Fact]
    public async Task A_typed_answer_delivered_twice_is_stored_and_answered_once()
    {
        await using var host = StartHost();
        var thread = AThread();
        var group = new GroupWalker(host, Channel, thread);
        await group.SayAsync("start missed-bin-collection");
        await group.UseFullDepthAsync();
        var callsBefore = Channel.Calls.Count;

        var message = thread.MessageMentioningBot("Doreen Hughes", id: "1700000888888");
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(message)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(message)).StatusCode);

        var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.Equal(1, CountOf(JsonSerializer.Serialize(session!.Map), "Doreen Hughes"));

        // The answer (the persona's name: the group moves on) is shown by one update of the group's live card; the
        // redelivery adds nothing.
        var update = await Channel.WaitForCallAsync(c => c.IsUpdate, skip: callsBefore);
        Assert.Equal(group.CardActivityId, update.ActivityId);
        Assert.NotEqual(group.Card.StepId, new CardReader(update.Card!).StepId);
        await Task.Delay(600);
        Assert.Equal(callsBefore + 1, Channel.Calls.Count);
    }

    [Fact]
    public async Task A_legacy_submit_answers_the_step_and_updates_the_card_in_place()
    {
        await using var host = StartHost();
        var thread = AThread();
        var group = new GroupWalker(host, Channel, thread);
        await group.SayAsync("start missed-bin-collection");
        var data = group.Card.BaseData.DeepClone().AsObject();
        data["verb"] = "answerInputs";
        data["in_name"] = "Doreen Hughes";
        data["then"] = "next";
        var submit = thread.MessageMentioningBot(string.Empty);
        submit["text"] = null;
        submit["entities"] = null;
        submit["value"] = data;
        submit["replyToId"] = group.CardActivityId;

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(submit)).StatusCode);

        var update = await Channel.WaitForCallAsync(c => c.Method == "PUT");
        Assert.Equal(group.CardActivityId, update.ActivityId);
        Assert.NotEqual(group.Card.StepId, new CardReader(update.Card!).StepId);
        var session = await host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.Contains("Doreen Hughes", JsonSerializer.Serialize(session!.Map), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_host_on_the_same_store_continues_the_group_at_the_same_step()
    {
        var thread = AThread();
        string stepBefore;
        List<string> answers;
        await using (var first = StartHost())
        {
            var group = new GroupWalker(first, Channel, thread);
            await group.SayAsync("start blue-badge-application");
            for (var turn = 0; turn < 6; turn++)
            {
                await group.AnswerCurrentStepAsync(turn);
            }

            stepBefore = group.Card.StepId!;
            answers = group.Answers;
        }

        await using var second = StartHost();
        var resumed = new GroupWalker(second, Channel, thread);
        await resumed.SayAsync("status");
        Assert.Equal(stepBefore, resumed.Card.StepId);

        for (var turn = 100; !resumed.IsFinished; turn++)
        {
            Assert.True(turn < 400, "The resumed scenario did not finish.");
            await resumed.AnswerCurrentStepAsync(turn);
        }

        var session = await second.Repository.LoadGroupAsync(resumed.WorkshopId, resumed.GroupId);
        var stored = JsonSerializer.Serialize(session!.Map);
        Assert.All(answers.Concat(resumed.Answers), answer => Assert.Contains(answer, stored, StringComparison.Ordinal));
    }

    private static int CountOf(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
