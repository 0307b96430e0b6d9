using System.Net;
using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Tests.Support;

namespace TeamsJourney.BotFramework.Tests.Hosting;

/// <summary>The endpoint in local development (no app id): parsing, answers and handler passthrough.</summary>
public sealed class BotEndpointTests
{
    private const string Message = """
        { "type": "message", "id": "1", "text": "hello", "channelId": "msteams",
          "serviceUrl": "http://localhost:56150/_connector", "conversation": { "id": "a:1" } }
        """;

    private const string CardAction = """
        { "type": "invoke", "name": "adaptiveCard/action", "id": "2", "channelId": "msteams",
          "serviceUrl": "http://localhost:56150/_connector", "conversation": { "id": "a:1" },
          "value": { "action": { "type": "Action.Execute", "verb": "vote", "data": { "stage": "report" } }, "trigger": "manual" } }
        """;

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_never_reaches_the_handler()
    {
        var handler = new RecordingActivityHandler();
        await using var host = await BotTestHost.StartAsync(handler);

        using var response = await host.PostAsync("{ \"type\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("malformed JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(handler.Turns);
    }

    [Fact]
    public async Task Activity_without_type_is_a_400_problem()
    {
        await using var host = await BotTestHost.StartAsync(new RecordingActivityHandler());

        using var response = await host.PostAsync("""{ "id": "1", "text": "hi" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no 'type'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_body_is_a_413_problem()
    {
        await using var host = await BotTestHost.StartAsync(new RecordingActivityHandler());

        using var response = await host.PostAsync($$"""{ "type": "message", "text": "{{new string('x', 300 * 1024)}}" }""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(250)]
    public async Task A_body_sent_without_a_length_is_read_whole_past_the_first_buffer(int kilobytes)
    {
        // Chunked: the reader cannot size its buffer from Content-Length and has to grow it (up to the cap).
        var handler = new RecordingActivityHandler();
        await using var host = await BotTestHost.StartAsync(handler);
        var text = new string('x', kilobytes * 1024);

        using var response = await PostChunkedAsync(host, Message.Replace("\"hello\"", $"\"{text}\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, Assert.Single(handler.Turns).Activity.Text);
    }

    [Fact]
    public async Task A_body_sent_without_a_length_over_the_cap_is_a_413_problem()
    {
        var handler = new RecordingActivityHandler();
        await using var host = await BotTestHost.StartAsync(handler);

        using var response = await PostChunkedAsync(host, $$"""{ "type": "message", "text": "{{new string('x', 300 * 1024)}}" }""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(handler.Turns);
    }

    private static Task<HttpResponseMessage> PostChunkedAsync(BotTestHost host, string body)
    {
        var content = new StreamContent(new UnsizedStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return host.Client.PostAsync("/api/messages", content);
    }

    /// <summary>A stream that cannot tell its length, so the client sends it chunked.</summary>
    private sealed class UnsizedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public async Task Message_is_handled_and_answered_200_with_an_empty_body()
    {
        var handler = new RecordingActivityHandler();
        await using var host = await BotTestHost.StartAsync(handler);

        using var response = await host.PostAsync(Message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var turn = Assert.Single(handler.Turns);
        Assert.Equal("hello", turn.Activity.Text);
        Assert.True(turn.Authentication.IsAnonymous);
    }

    [Fact]
    public async Task Unknown_activity_type_is_answered_200()
    {
        await using var host = await BotTestHost.StartAsync(new RecordingActivityHandler());

        using var response = await host.PostAsync("""{ "type": "somethingNew" }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{ "type": "message", "id": "1", "serviceUrl": "http://127.0.0.1:1/" }""")]
    [InlineData("""{ "type": "message", "serviceUrl": "http://127.0.0.1:1/", "conversation": { "id": "a:1" } }""")]
    [InlineData("""{ "type": "invoke", "id": "1", "conversation": { "id": "a:1" } }""")]
    [InlineData("""{ "type": "message", "id": "1\u0007", "serviceUrl": "http://127.0.0.1:1/", "conversation": { "id": "a:1" } }""")]
    public async Task Activity_without_the_addressing_to_answer_it_is_a_400_problem_and_never_reaches_the_handler(string body)
    {
        var handler = new RecordingActivityHandler();
        await using var host = await BotTestHost.StartAsync(handler);

        using var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(handler.Turns);
    }

    [Fact]
    public async Task Invoke_the_handler_does_not_answer_is_501_with_an_empty_body()
    {
        await using var host = await BotTestHost.StartAsync(new RecordingActivityHandler());

        using var response = await host.PostAsync(CardAction);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Invoke_answer_is_passed_through_as_the_http_response()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Thanks for voting" }] };
        await using var host = await BotTestHost.StartAsync(new RecordingActivityHandler(_ => Task.FromResult<InvokeResponse?>(InvokeResponse.Card(card))));

        using var response = await host.PostAsync(CardAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("Thanks for voting", (string?)body["value"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task Invoke_error_answer_keeps_its_status()
    {
        await using var host = await BotTestHost.StartAsync(new RecordingActivityHandler(
            _ => Task.FromResult<InvokeResponse?>(InvokeResponse.Error(400, "BadVerb", "Unknown verb"))));

        using var response = await host.PostAsync(CardAction);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadVerb", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!["code"]);
    }

    [Fact]
    public async Task Handler_failure_on_an_invoke_is_an_error_card_answer_not_a_500()
    {
        await using var host = await BotTestHost.StartAsync(new RecordingActivityHandler(_ => throw new InvalidOperationException("boom")));

        using var response = await host.PostAsync(CardAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(500, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.DoesNotContain("boom", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_failure_on_a_message_is_answered_200()
    {
        await using var host = await BotTestHost.StartAsync(new RecordingActivityHandler(_ => throw new InvalidOperationException("boom")));

        using var response = await host.PostAsync(Message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
