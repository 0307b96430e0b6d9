using TeamsJourney.BotFramework.Cards;
using static TeamsJourney.BotFramework.Tests.Support.Activities;

namespace TeamsJourney.BotFramework.Tests.Cards;

public sealed class AdaptiveCardInvokeValueTests
{
    [Fact]
    public void Manual_execute_is_read_with_verb_data_and_inputs()
    {
        var invoke = AnInvoke("""
            { "type": "invoke", "name": "adaptiveCard/action",
              "value": { "action": { "type": "Action.Execute", "id": "a1", "verb": "vote", "data": { "stage": "report", "feeling": "cross" } },
                         "trigger": "manual" } }
            """);

        Assert.True(AdaptiveCardInvokeValue.TryParse(invoke, out var value, out var error), error);
        Assert.Equal("Action.Execute", value.ActionType);
        Assert.Equal("a1", value.ActionId);
        Assert.Equal("vote", value.Verb);
        Assert.Equal("report", (string?)value.Data["stage"]);
        Assert.Equal("cross", (string?)value.Data["feeling"]);
        Assert.False(value.IsAutomaticRefresh);
    }

    [Fact]
    public void Automatic_trigger_marks_a_refresh()
    {
        var invoke = AnInvoke("""
            { "type": "invoke", "name": "adaptiveCard/action",
              "value": { "action": { "type": "Action.Execute", "verb": "refresh" }, "trigger": "automatic" } }
            """);

        Assert.True(AdaptiveCardInvokeValue.TryParse(invoke, out var value, out _));
        Assert.True(value.IsAutomaticRefresh);
        Assert.Empty(value.Data);
    }

    [Fact]
    public void Missing_trigger_means_manual()
    {
        var invoke = AnInvoke("""{ "type": "invoke", "value": { "action": { "type": "Action.Execute", "verb": "go" } } }""");

        Assert.True(AdaptiveCardInvokeValue.TryParse(invoke, out var value, out _));
        Assert.Equal(AdaptiveCardInvokeValue.ManualTrigger, value.Trigger);
    }

    [Fact]
    public void Missing_value_is_an_error()
    {
        var invoke = AnInvoke("""{ "type": "invoke", "name": "adaptiveCard/action" }""");

        Assert.False(AdaptiveCardInvokeValue.TryParse(invoke, out _, out var error));
        Assert.Equal("The invoke has no 'value' object.", error);
    }

    [Fact]
    public void Missing_action_is_an_error()
    {
        var invoke = AnInvoke("""{ "type": "invoke", "value": { "trigger": "manual" } }""");

        Assert.False(AdaptiveCardInvokeValue.TryParse(invoke, out _, out var error));
        Assert.Equal("The invoke value has no 'action' object.", error);
    }

    [Fact]
    public void Action_other_than_execute_is_an_error()
    {
        var invoke = AnInvoke("""{ "type": "invoke", "value": { "action": { "type": "Action.Submit", "verb": "x" } } }""");

        Assert.False(AdaptiveCardInvokeValue.TryParse(invoke, out _, out var error));
        Assert.Contains("'Action.Submit' is not supported", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_verb_is_an_error()
    {
        var invoke = AnInvoke("""{ "type": "invoke", "value": { "action": { "type": "Action.Execute" } } }""");

        Assert.False(AdaptiveCardInvokeValue.TryParse(invoke, out _, out var error));
        Assert.Equal("The action has no 'verb'.", error);
    }

    [Fact]
    public void String_data_is_an_error()
    {
        var invoke = AnInvoke("""{ "type": "invoke", "value": { "action": { "type": "Action.Execute", "verb": "v", "data": "text" } } }""");

        Assert.False(AdaptiveCardInvokeValue.TryParse(invoke, out _, out var error));
        Assert.Equal("The action 'data' must be an object.", error);
    }
}
