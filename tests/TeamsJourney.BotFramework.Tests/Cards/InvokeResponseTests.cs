using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Schema;
using static TeamsJourney.BotFramework.Tests.Cards.CardBuilders;

namespace TeamsJourney.BotFramework.Tests.Cards;

public sealed class InvokeResponseTests
{
    [Fact]
    public void Card_answer_is_200_with_the_card_as_value()
    {
        var response = InvokeResponse.Card(ACardWith(new TextBlock { Text = "Thanks for voting" }));

        Assert.Equal(200, response.Status);
        Assert.Equal(200, (int?)response.Body!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response.Body["type"]);
        Assert.Equal("Thanks for voting", (string?)response.Body["value"]!["body"]![0]!["text"]);
    }

    [Fact]
    public void Message_answer_is_200_with_the_text_as_value()
    {
        var response = InvokeResponse.Message("Saved");

        Assert.Equal(200, response.Status);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Saved"}"""),
            response.Body));
    }

    [Fact]
    public void Error_answer_carries_code_and_message_with_matching_status()
    {
        var response = InvokeResponse.Error(400, "BadVerb", "Unknown verb 'fly'");

        Assert.Equal(400, response.Status);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadVerb","message":"Unknown verb 'fly'"}}"""),
            response.Body));
    }

    [Fact]
    public void Error_answer_refuses_a_success_status()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InvokeResponse.Error(200, "x", "y"));
    }

    [Fact]
    public void Not_implemented_is_501_with_no_body()
    {
        Assert.Equal(501, InvokeResponse.NotImplemented.Status);
        Assert.Null(InvokeResponse.NotImplemented.Body);
    }

    [Fact]
    public void A_card_answer_written_straight_to_the_wire_is_the_same_json_as_its_body()
    {
        // Non-Latin text, emoji and markup characters: the escaping must match the body's.
        var card = ACardWith(new TextBlock { Text = "Mrs Jones — “bins” <missed> & 😀 ü" });
        var response = InvokeResponse.Card(card);

        var written = new System.Buffers.ArrayBufferWriter<byte>();

        Assert.True(response.TryEncodeCardWithin(OutboundSizeBudget.MaxBytes, written));
        var body = response.Body!;
        Assert.Equal(body.ToJsonString(ActivityJsonContext.Default.Options), System.Text.Encoding.UTF8.GetString(written.WrittenSpan));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(body["value"]!.ToJsonString(ActivityJsonContext.Default.Options)), AdaptiveCardSerializer.MeasureUtf8Bytes(card));
    }

    [Fact]
    public void A_card_answer_over_budget_is_left_to_the_shortening()
    {
        var response = InvokeResponse.Card(ACardWith(new TextBlock { Text = new string('x', 2_000) }));

        Assert.False(response.TryEncodeCardWithin(1_000, new System.Buffers.ArrayBufferWriter<byte>()));
        Assert.False(InvokeResponse.Message("Saved").TryEncodeCardWithin(OutboundSizeBudget.MaxBytes, new System.Buffers.ArrayBufferWriter<byte>()));
    }
}
