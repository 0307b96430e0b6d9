using System.Text;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Tests.Schema;

public sealed class ActivityParserTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000001",
          "timestamp": "2025-03-01T10:15:30.1234567Z",
          "localTimestamp": "2025-03-01T11:15:30.1234567+01:00",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:user-1", "name": "Ada", "aadObjectId": "aad-user-1" },
          "recipient": { "id": "28:bot", "name": "TeamsJourney" },
          "conversation": { "id": "a:1xyz", "conversationType": "personal", "tenantId": "tenant-1", "isGroup": false },
          "text": "hello",
          "textFormat": "plain",
          "locale": "en-GB",
          "entities": [ { "type": "clientInfo", "locale": "en-GB", "country": "GB", "platform": "Web" } ],
          "channelData": { "tenant": { "id": "tenant-1" }, "source": { "name": "message" } },
          "attachments": [ { "contentType": "text/html", "content": "<p>hello</p>" } ]
        }
        """;

    [Fact]
    public void Teams_message_is_parsed_into_typed_members()
    {
        var result = ActivityParser.TryParse(Encoding.UTF8.GetBytes(TeamsMessage));

        Assert.True(result.Succeeded, result.Error);
        var activity = result.Activity;
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("https://smba.trafficmanager.net/emea/", activity.ServiceUrl);
        Assert.Equal("aad-user-1", activity.From!.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 15, 30, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
    }

    [Fact]
    public async Task Stream_parsing_reads_the_same_activity()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(TeamsMessage));

        var result = await ActivityParser.TryParseAsync(stream);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("1700000000001", result.Activity.Id);
    }

    private const string InvokeWithVerb = """{"type":"invoke","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"VERB"}}}""";

    [Fact]
    public void Invalid_utf8_inside_an_invoke_value_is_a_clear_error()
    {
        var json = Encoding.UTF8.GetBytes(InvokeWithVerb);
        var verb = Encoding.UTF8.GetBytes("VERB");
        var at = json.AsSpan().IndexOf(verb);
        json[at] = 0xC3;
        json[at + 1] = 0x28;

        var result = ActivityParser.TryParse(json);

        Assert.False(result.Succeeded);
        Assert.Contains("not valid UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x\\ud800")]
    [InlineData("\\udc00y")]
    [InlineData("\\ud83d\\ud83d")]
    public void Lone_surrogate_escape_inside_an_invoke_value_is_a_clear_error(string verb)
    {
        var result = ActivityParser.TryParse(Encoding.UTF8.GetBytes(InvokeWithVerb.Replace("VERB", verb, StringComparison.Ordinal)));

        Assert.False(result.Succeeded);
        Assert.Contains("surrogate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogate_escape_in_a_member_name_is_a_clear_error()
    {
        var result = ActivityParser.TryParse("""{"type":"message","channelData":{"\ud800":1}}"""u8);

        Assert.False(result.Succeeded);
        Assert.Contains("surrogate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_surrogate_pair_is_text_and_parses()
    {
        var result = ActivityParser.TryParse(Encoding.UTF8.GetBytes(InvokeWithVerb.Replace("VERB", "bin \\ud83d\\uddd1", StringComparison.Ordinal)));

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void Malformed_json_yields_a_clear_error()
    {
        var result = ActivityParser.TryParse("{\"type\": \"message\", "u8);

        Assert.False(result.Succeeded);
        Assert.Contains("malformed JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_in_a_stream_yields_a_clear_error()
    {
        using var stream = new MemoryStream("not json"u8.ToArray());

        var result = await ActivityParser.TryParseAsync(stream);

        Assert.False(result.Succeeded);
        Assert.Contains("not a valid activity", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_type_yields_a_clear_error()
    {
        var result = ActivityParser.TryParse("""{ "id": "1", "text": "hi" }"""u8);

        Assert.False(result.Succeeded);
        Assert.Equal("The activity has no 'type'.", result.Error);
    }

    [Fact]
    public void Empty_body_yields_a_clear_error()
    {
        var result = ActivityParser.TryParse([]);

        Assert.False(result.Succeeded);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_array_is_not_an_activity()
    {
        var result = ActivityParser.TryParse("[1, 2]"u8);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Wrongly_typed_member_yields_an_error_naming_its_path()
    {
        var result = ActivityParser.TryParse("""{ "type": "message", "from": "not-an-object" }"""u8);

        Assert.False(result.Succeeded);
        Assert.Contains("$.from", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_activity_type_still_parses()
    {
        var result = ActivityParser.TryParse("""{ "type": "somethingNew" }"""u8);

        Assert.True(result.Succeeded);
        Assert.Equal("somethingNew", result.Activity.Type);
    }

    [Fact]
    public void Round_trip_keeps_every_member_including_untyped_ones()
    {
        var activity = ActivityParser.TryParse(Encoding.UTF8.GetBytes(TeamsMessage)).Activity!;

        var written = System.Text.Json.JsonSerializer.Serialize(activity, ActivityJsonContext.Default.Activity);

        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(TeamsMessage),
            System.Text.Json.Nodes.JsonNode.Parse(written)));
    }

    [Fact]
    public void Writing_leaves_out_null_members()
    {
        var written = System.Text.Json.JsonSerializer.Serialize(Activity.CreateMessage("hi"), ActivityJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","text":"hi","textFormat":"plain"}""", written);
    }
}
