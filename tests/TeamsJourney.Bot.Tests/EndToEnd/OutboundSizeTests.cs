using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Tests.Fixtures;
using TeamsJourney.BotFramework.Cards;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// Whatever people type, every message the bot sends (and every card it answers a press with) stays under Teams'
/// 28 KB card budget, and the card renderers shorten long text themselves: the Connector's safety net is not needed.
/// </summary>
public sealed class OutboundSizeTests : BotOnSqliteTest
{
    private static readonly string HundredThousandCharacters = HostileText.OfLength(100_000);

    [Fact]
    public async Task A_100000_character_message_outside_a_group_gets_a_reply_under_28_KB()
    {
        var teams = AThread();

        var response = await Host.PostActivityAsync(teams.MessageMentioningBot(HundredThousandCharacters));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertEverySendIsUnderBudget();
    }

    public static TheoryData<string> HugeCommands => new()
    {
        new string('x', 100_000),
        "start " + new string('x', 100_000),
        "start missed-bin-collection " + new string('x', 100_000),
        "load scenario " + new string('x', 100_000),
        "load scenario {\"id\": \"" + new string('x', 100_000) + "\"}",
        "scenarios " + new string('x', 100_000),
        new string('<', 30_000),
    };

    [Theory]
    [MemberData(nameof(HugeCommands))]
    public async Task A_huge_command_gets_a_reply_under_28_KB(string text)
    {
        var teams = AThread();

        var response = await Host.PostActivityAsync(teams.MessageMentioningBot(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertEverySendIsUnderBudget();
    }

    [Fact]
    public async Task A_100000_character_answer_in_a_group_gets_a_card_under_28_KB()
    {
        var group = new GroupWalker(Host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");

        await Host.PostActivityAsync(group.Teams.MessageMentioningBot(HundredThousandCharacters));
        await Host.PostActivityAsync(group.Teams.MessageMentioningBot("status"));

        AssertEverySendIsUnderBudget();
    }

    [Fact]
    public async Task Long_card_inputs_get_an_invoke_answer_under_28_KB()
    {
        var group = new GroupWalker(Host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        var data = group.Card.BaseData.DeepClone().AsObject();
        foreach (var input in group.Card.Inputs)
        {
            data[(string)input["id"]!] = HundredThousandCharacters[..8_000];
        }

        var response = await Host.PostActivityAsync(group.Teams.CardAction("answer", data, group.CardActivityId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength < OutboundSizeBudget.MaxBytes, $"The invoke answer is {response.Content.Headers.ContentLength} bytes.");
        AssertEverySendIsUnderBudget();
    }

    private void AssertEverySendIsUnderBudget()
    {
        Assert.NotEmpty(Channel.Calls);
        Assert.All(Channel.Calls, call =>
        {
            var size = Encoding.UTF8.GetByteCount(call.Activity.ToJsonString());
            Assert.True(size < OutboundSizeBudget.MaxBytes, $"{call.Method} {call.Path} sent {size} bytes.");
        });

        // The renderers shortened the text themselves: the Connector's safety net had nothing to do.
        Assert.DoesNotContain(Host.Log.Lines, line => line.Contains("were shortened", StringComparison.Ordinal) || line.Contains("could not be shortened", StringComparison.Ordinal));
    }
}
