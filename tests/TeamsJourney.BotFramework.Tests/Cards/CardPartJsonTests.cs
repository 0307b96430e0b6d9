using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;

namespace TeamsJourney.BotFramework.Tests.Cards;

/// <summary>
/// Card parts are written through each concrete class's own metadata (CardPartJsonConverter). A class added to the
/// model without being listed in CardJsonContext would throw when a card holds it: this finds it first.
/// </summary>
public sealed class CardPartJsonTests
{
    public static TheoryData<Type> ConcreteParts() =>
        [.. typeof(CardElement).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(CardElement)) || t.IsSubclassOf(typeof(CardAction))))];

    [Theory]
    [MemberData(nameof(ConcreteParts))]
    public void Every_concrete_element_and_action_is_written_with_its_type_first(Type part)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(part);
        var card = instance is CardElement element
            ? new AdaptiveCard { Body = [new Container { Items = [element] }] }
            : new AdaptiveCard { Body = [new ActionSet { Actions = [(CardAction)instance] }] };

        var written = JsonNode.Parse(AdaptiveCardSerializer.ToJson(card))!;

        var wrapper = written["body"]![0]!.AsObject();
        var partJson = (wrapper["items"] ?? wrapper["actions"])![0]!.AsObject();
        var expected = instance is CardElement e ? e.Type : ((CardAction)instance).Type;
        Assert.Equal(("type", expected), (partJson.First().Key, partJson.First().Value!.GetValue<string>()));
    }

    [Fact]
    public void Nested_parts_keep_the_schema_type_names()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new Container { Items = [new TextBlock { Text = "Hello" }, new ActionSet { Actions = [new ExecuteAction { Title = "Go", Verb = "go" }] }] },
                new TextInput { Id = "in_name", Label = "Name" },
            ],
            Actions = [new ShowCardAction { Title = "More", Card = new AdaptiveCard { Body = [new ToggleInput { Id = "t", Title = "Yes" }] } }],
        };

        var json = AdaptiveCardSerializer.ToJson(card);

        Assert.Equal(
            """{"type":"Container","items":[{"type":"TextBlock","text":"Hello"},{"type":"ActionSet","actions":[{"type":"Action.Execute","verb":"go","title":"Go"}]}]}""",
            JsonNode.Parse(json)!["body"]![0]!.ToJsonString());
        Assert.Contains("\"type\":\"Input.Text\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Action.ShowCard\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Input.Toggle\"", json, StringComparison.Ordinal);
    }
}
