using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using static TeamsJourney.BotFramework.Tests.Cards.CardBuilders;

namespace TeamsJourney.BotFramework.Tests.Cards;

public sealed class AdaptiveCardSerializerTests
{
    [Fact]
    public void Card_declares_type_schema_and_version_1_5()
    {
        var json = AdaptiveCardSerializer.ToJsonNode(ACardWith(new TextBlock { Text = "hi" }));

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
        Assert.Equal("1.5", (string?)json["version"]);
    }

    [Fact]
    public void Elements_and_actions_carry_their_type_and_camel_case_members()
    {
        var json = AdaptiveCardSerializer.ToJsonNode(ACardWithActions(AVote()));

        var action = json["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("vote", (string?)action["verb"]);
        Assert.Equal("positive", (string?)action["style"]);
        Assert.Equal("auto", (string?)action["associatedInputs"]);
        Assert.Equal("report", (string?)action["data"]!["stage"]);
    }

    [Fact]
    public void Unset_members_are_left_out()
    {
        var json = AdaptiveCardSerializer.ToJson(ACardWith(new TextBlock { Text = "hi" }));

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"actions\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_action_is_written_with_its_type()
    {
        var card = new AdaptiveCard { Refresh = new CardRefresh { Action = AVote(), UserIds = ["29:a"] } };

        var refresh = AdaptiveCardSerializer.ToJsonNode(card)["refresh"]!;

        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal("29:a", (string?)refresh["userIds"]![0]);
    }

    [Fact]
    public void Refresh_refuses_more_than_60_user_ids()
    {
        var users = Enumerable.Range(0, 61).Select(i => $"29:user-{i}").ToList();

        Assert.Throws<ArgumentException>(() => new CardRefresh { Action = AVote(), UserIds = users });
    }

    [Fact]
    public void Column_widths_are_written_as_keyword_weight_or_pixels()
    {
        var card = ACardWith(new ColumnSet
        {
            Columns = [new Column { Width = ColumnWidth.Auto }, new Column { Width = ColumnWidth.Relative(3) }, new Column { Width = ColumnWidth.Pixels(50) }],
        });

        var columns = AdaptiveCardSerializer.ToJsonNode(card)["body"]![0]!["columns"]!.AsArray();

        Assert.Equal("auto", (string?)columns[0]!["width"]);
        Assert.Equal(3, (int?)columns[1]!["width"]);
        Assert.Equal("50px", (string?)columns[2]!["width"]);
    }

    [Fact]
    public void Teams_full_width_is_written_under_msteams()
    {
        var card = new AdaptiveCard { MsTeams = TeamsCardProperties.FullWidth };

        Assert.Equal("Full", (string?)AdaptiveCardSerializer.ToJsonNode(card)["msteams"]!["width"]);
    }

    [Fact]
    public void Size_is_the_utf8_byte_count_of_the_json()
    {
        var card = ACardWith(new TextBlock { Text = "café ☕" });

        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(AdaptiveCardSerializer.ToJson(card)), AdaptiveCardSerializer.MeasureUtf8Bytes(card));
    }

    [Fact]
    public void Card_over_28_KB_does_not_fit_the_budget()
    {
        var card = ACardWith(new TextBlock { Text = new string('x', 29 * 1024) });

        Assert.False(AdaptiveCardSerializer.FitsSizeBudget(card));
        var error = Assert.Throws<CardTooLargeException>(() => AdaptiveCardSerializer.EnsureFitsSizeBudget(card));
        Assert.Equal(28 * 1024, error.BudgetBytes);
    }

    [Fact]
    public void Ordinary_card_fits_the_budget()
    {
        Assert.True(AdaptiveCardSerializer.FitsSizeBudget(AKitchenSinkCard()));
    }

    [Fact]
    public void Card_becomes_an_adaptive_card_attachment()
    {
        var attachment = ACardWith(new TextBlock { Text = "hi" }).ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("AdaptiveCard", (string?)attachment.Content!["type"]);
    }

    [Fact]
    public void Card_message_is_a_message_with_the_card()
    {
        var message = ACardWith(new TextBlock { Text = "hi" }).ToMessage();

        Assert.Equal("message", message.Type);
        Assert.Equal("hi", (string?)Assert.Single(message.Attachments!).Content!["body"]![0]!["text"]);
    }

    [Fact]
    public void Execute_data_round_trips_as_an_object()
    {
        var json = AdaptiveCardSerializer.ToJsonNode(ACardWithActions(new ExecuteAction { Verb = "v", Data = new JsonObject { ["n"] = 1, ["nested"] = new JsonObject { ["a"] = "b" } } }));

        Assert.Equal("b", (string?)json["actions"]![0]!["data"]!["nested"]!["a"]);
    }
}
