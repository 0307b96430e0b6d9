using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.BotFramework.Tests.Support;

namespace TeamsJourney.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ThreadId = "19:abc@thread.tacv2;messageid=1700000000000";
    private RecordingConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_posts_the_activity_json_with_the_bearer_token()
    {
        var response = await Client().SendToConversationAsync(_connector.ServiceUrl, "a:1personal", Activity.CreateMessage("hello"));

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3A1personal/activities", request.RawTarget);
        Assert.Equal("Bearer connector-token", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("hello", (string?)JsonNode.Parse(request.Body)!["text"]);
        Assert.Equal("new-activity-id", response.Id);
    }

    [Fact]
    public async Task A_100000_character_message_is_sent_shortened_under_the_budget()
    {
        await Client().SendToConversationAsync(_connector.ServiceUrl, "a:1personal", Activity.CreateMessage(new string('x', 100_000)));

        var request = Assert.Single(_connector.Requests);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(request.Body) <= OutboundSizeBudget.MaxBytes, $"{request.Body.Length} bytes were sent.");
        Assert.EndsWith("…", (string?)JsonNode.Parse(request.Body)!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_with_a_huge_text_is_sent_shortened_with_its_buttons_and_data_intact()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('<', 60_000), ["wrap"] = true }),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = "Next",
                ["verb"] = "next",
                ["data"] = new JsonObject { ["stepId"] = "persona-name", ["note"] = new string('n', 2_000) },
            }),
        };

        await Client().SendToConversationAsync(_connector.ServiceUrl, "a:1personal", Activity.CreateCardMessage(card));

        var request = Assert.Single(_connector.Requests);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(request.Body) <= OutboundSizeBudget.MaxBytes, $"{request.Body.Length} bytes were sent.");
        var sent = JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!;
        var action = sent["actions"]![0]!;
        Assert.Equal(("next", "persona-name", 2_000), ((string?)action["verb"], (string?)action["data"]!["stepId"], ((string?)action["data"]!["note"])!.Length));
        Assert.EndsWith("…", (string?)sent["body"]![0]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_that_cannot_be_shortened_enough_is_replaced_by_a_notice()
    {
        var body = new JsonArray([.. Enumerable.Range(0, 3_000).Select(i => (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = $"Line {i}" })]);
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = body };

        await Client().SendToConversationAsync(_connector.ServiceUrl, "a:1personal", Activity.CreateCardMessage(card));

        var sent = JsonNode.Parse(Assert.Single(_connector.Requests).Body)!;
        Assert.Null(sent["attachments"]);
        Assert.Contains("too large", (string?)sent["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_posts_to_the_activity_being_replied_to()
    {
        await Client().ReplyToActivityAsync(_connector.ServiceUrl, "a:1personal", "1700000000001", Activity.CreateMessage("re"));

        Assert.Equal("/v3/conversations/a%3A1personal/activities/1700000000001", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Update_uses_put_on_the_activity()
    {
        await Client().UpdateActivityAsync(_connector.ServiceUrl, "a:1personal", "1700000000002", Activity.CreateMessage("v2"));

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/a%3A1personal/activities/1700000000002", request.RawTarget);
    }

    [Fact]
    public async Task Conversation_ids_with_colon_at_and_semicolon_are_escaped_in_the_path()
    {
        await Client().SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.CreateMessage("x"));

        Assert.Equal(
            "/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities",
            Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Service_url_with_a_path_and_no_trailing_slash_keeps_its_path()
    {
        var serviceUrl = new Uri(_connector.ServiceUrl, "emea");

        await Client().SendToConversationAsync(serviceUrl, "a:1", Activity.CreateMessage("x"));

        Assert.Equal("/emea/v3/conversations/a%3A1/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Throttled_call_waits_for_retry_after_seconds_then_succeeds()
    {
        _connector.ThenAnswer(429, """{"error":{"code":"TooManyRequests"}}""", ("Retry-After", "1"));

        var response = await Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", Activity.CreateMessage("x"));

        Assert.Equal("new-activity-id", response.Id);
        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "Retry-After was not honoured");
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    [Fact]
    public async Task Throttled_call_honours_a_retry_after_date()
    {
        var retryAt = DateTimeOffset.UtcNow.AddSeconds(3).ToString("r", CultureInfo.InvariantCulture);
        _connector.ThenAnswer(429, "", ("Retry-After", retryAt));

        await Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", Activity.CreateMessage("x"));

        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(1500), "Retry-After date was not honoured");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Transient_failures_are_retried(int status)
    {
        _connector.ThenAnswer(status);

        await Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", Activity.CreateMessage("x"));

        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts_with_a_connector_exception()
    {
        _connector.ThenAnswer(502).ThenAnswer(502).ThenAnswer(502, "gateway down");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(options => options.MaxRetryAttempts = 2).SendToConversationAsync(_connector.ServiceUrl, "a:1", Activity.CreateMessage("x")));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal("gateway down", error.ResponseBodyExcerpt);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Fact]
    public async Task Not_found_fails_at_once_with_status_and_body_excerpt()
    {
        _connector.ThenAnswer(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", Activity.CreateMessage("x")));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("ConversationNotFound", error.ResponseBodyExcerpt, StringComparison.Ordinal);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Long_error_bodies_are_cut_to_an_excerpt()
    {
        _connector.ThenAnswer(400, new string('e', 5000));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", Activity.CreateMessage("x")));

        Assert.Equal(512, error.ResponseBodyExcerpt!.Length);
    }

    [Fact]
    public async Task Success_without_a_body_gives_an_empty_id()
    {
        _connector.ThenAnswer(200);

        var response = await Client().UpdateActivityAsync(_connector.ServiceUrl, "a:1", "5", Activity.CreateMessage("x"));

        Assert.Equal(string.Empty, response.Id);
    }

    [Fact]
    public async Task Anonymous_client_calls_a_loopback_service_without_a_token()
    {
        await Client(tokens: new AnonymousBotTokenProvider()).SendToConversationAsync(_connector.ServiceUrl, "a:1", Activity.CreateMessage("x"));

        Assert.Equal(string.Empty, Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task Anonymous_client_refuses_a_non_loopback_service()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(tokens: new AnonymousBotTokenProvider())
            .SendToConversationAsync(new Uri("https://smba.trafficmanager.net/emea/"), "a:1", Activity.CreateMessage("x")));

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task Activity_without_type_is_refused_before_sending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", new Activity { Text = "x" }));

        Assert.Empty(_connector.Requests);
    }

    private ConnectorClient Client(Action<BotConnectorOptions>? configure = null, IBotTokenProvider? tokens = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(tokens ?? new StaticBotTokenProvider("connector-token"));
        services.AddOptions<BotConnectorOptions>().Configure(options =>
        {
            // A tiny base delay, so a wait of about a second can only come from Retry-After.
            options.BaseDelay = TimeSpan.FromMilliseconds(5);
            configure?.Invoke(options);
        });
        services.AddHttpClient<ConnectorClient>().AddConnectorRetryPolicy();
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<ConnectorClient>();
    }
}
