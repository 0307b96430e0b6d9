using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Tests.Support;

namespace TeamsJourney.BotFramework.Tests.Hosting;

/// <summary>Answers sent from a turn go to the activity's own serviceUrl and conversation.</summary>
public sealed class TurnContextTests : IAsyncLifetime
{
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Reply_goes_to_the_thread_of_the_inbound_activity()
    {
        await RunTurnAsync(turn => turn.ReplyAsync("On it"));

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D9/activities/1700000000001", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("On it", (string?)body["text"]);
        Assert.Equal("1700000000001", (string?)body["replyToId"]);
        Assert.Equal("28:bot", (string?)body["from"]!["id"]);
    }

    [Fact]
    public async Task Send_posts_a_new_activity_to_the_conversation()
    {
        await RunTurnAsync(turn => turn.SendAsync("Welcome"));

        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D9/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Update_puts_the_card_over_the_earlier_activity()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Updated" }] };

        await RunTurnAsync(turn => turn.UpdateAsync("1699999999999", card.ToMessage()));

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.EndsWith("/activities/1699999999999", request.RawTarget, StringComparison.Ordinal);
        Assert.Equal("1699999999999", (string?)JsonNode.Parse(request.Body)!["id"]);
    }

    private async Task RunTurnAsync(Func<BotFramework.Hosting.TurnContext, Task> act)
    {
        var handler = new RecordingActivityHandler(async turn =>
        {
            await act(turn);
            return null;
        });
        await using var host = await BotTestHost.StartAsync(handler);
        var serviceUrl = _connector.ServiceUrl.AbsoluteUri;

        using var response = await host.PostAsync($$"""
            { "type": "message", "id": "1700000000001", "text": "hi", "channelId": "msteams", "serviceUrl": "{{serviceUrl}}",
              "from": { "id": "29:ada" }, "recipient": { "id": "28:bot" },
              "conversation": { "id": "19:abc@thread.tacv2;messageid=9", "conversationType": "channel" } }
            """);

        response.EnsureSuccessStatusCode();
        Assert.Single(handler.Turns);
    }
}
