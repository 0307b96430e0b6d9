using System.Net;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Tests.Fixtures;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>A facilitator loads their own scenario script in the channel, then a group works through it.</summary>
public sealed class CustomScenarioTests : BotOnSqliteTest
{
    [Fact]
    public async Task An_invalid_script_is_refused_with_the_line_and_field_named_and_nothing_is_stored()
    {
        var teams = AThread();
        var broken = StreetCleaningScript().Replace("\"title\": \"Report street litter\"", "\"title\": 42", StringComparison.Ordinal);

        var card = await PressOnLoadCardAsync(teams, broken);

        Assert.Contains("The script was not loaded", card.Text, StringComparison.Ordinal);
        Assert.Matches(@"line \d+, title", card.Text);
        Assert.Empty(await Host.Repository.ListCustomScenariosAsync(TurnIdentityOf(teams)));
    }

    [Fact]
    public async Task A_loaded_script_can_be_started_and_walked_to_the_end_in_another_thread()
    {
        var card = await PressOnLoadCardAsync(AThread(), StreetCleaningScript());
        Assert.Contains("Loaded 'Report street litter'", card.Text, StringComparison.Ordinal);

        var group = new GroupWalker(Host, Channel, AThread());
        await group.SayAsync("start street-litter");
        Assert.Contains("Report street litter", group.Card.Text, StringComparison.Ordinal);
        for (var turn = 0; !group.IsFinished; turn++)
        {
            Assert.True(turn < 300, "The custom scenario did not finish.");
            await group.AnswerCurrentStepAsync(turn);
        }

        var session = await Host.Repository.LoadGroupAsync(group.WorkshopId, group.GroupId);
        Assert.Equal("street-litter", session!.Script.Id);
        Assert.True(session.IsFinished);
    }

    // The workshop id the bot gives this channel: every thread of one channel shares it.
    private static string TurnIdentityOf(TeamsActivities teams) =>
        TeamsJourney.Bot.Conversations.TurnIdentity.WorkshopId(TeamsJourney.BotFramework.Schema.ActivityParser.TryParse(System.Text.Encoding.UTF8.GetBytes(teams.MessageMentioningBot("x").ToJsonString())).Activity!);

    private async Task<CardReader> PressOnLoadCardAsync(TeamsActivities teams, string json)
    {
        var response = await Host.PostActivityAsync(teams.MessageMentioningBot("load scenario"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await Channel.WaitForCallAsync(c => c.CardText.Contains("Load your own scenario", StringComparison.Ordinal));
        Assert.True(new CardReader(form.Card!).HasInput("scenarioJson"));

        var press = await Host.PostActivityAsync(teams.CardAction("loadScenario", new JsonObject { ["scenarioJson"] = json }, form.ReturnedId));
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        var body = JsonNode.Parse(await press.Content.ReadAsStringAsync())!;
        return new CardReader(body["value"]!.AsObject());
    }

    private static string StreetCleaningScript()
    {
        using var stream = typeof(Domain.Scenarios.BuiltInScenarios).Assembly
            .GetManifestResourceStream("TeamsJourney.Domain.Scenarios.BuiltIn.missed-bin-collection.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Replace("\"id\": \"missed-bin-collection\"", "\"id\": \"street-litter\"", StringComparison.Ordinal)
            .Replace("\"title\": \"Report a missed bin collection\"", "\"title\": \"Report street litter\"", StringComparison.Ordinal);
    }
}
