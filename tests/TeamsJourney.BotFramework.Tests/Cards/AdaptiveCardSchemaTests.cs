using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using static TeamsJourney.BotFramework.Tests.Cards.CardBuilders;

namespace TeamsJourney.BotFramework.Tests.Cards;

public sealed class AdaptiveCardSchemaTests
{
    public static TheoryData<string, AdaptiveCard> CardsOfEveryKind() => new()
    {
        { "TextBlock", ACardWith(new TextBlock { Text = "Hello", Style = TextBlockStyle.Heading, Size = TextSize.ExtraLarge, Weight = TextWeight.Lighter, Color = TextColor.Good, Wrap = true, IsSubtle = false, MaxLines = 2, Spacing = Spacing.None, Separator = false }) },
        { "RichTextBlock", ACardWith(new RichTextBlock { Inlines = [new TextRun { Text = "a", Strikethrough = true, Underline = true, Size = TextSize.Small, Color = TextColor.Accent, IsSubtle = true }] }) },
        { "Container", ACardWith(new Container { Style = ContainerStyle.Good, Bleed = false, Items = [new TextBlock { Text = "in" }] }) },
        { "ColumnSet", ACardWith(new ColumnSet { Style = ContainerStyle.Accent, Columns = [new Column { Width = ColumnWidth.Relative(1), Style = ContainerStyle.Warning, Items = [new TextBlock { Text = "c" }] }] }) },
        { "FactSet", ACardWith(new FactSet { Facts = [new Fact("Stage", "Report")] }) },
        { "Image", ACardWith(new Image { Url = new Uri("https://example.org/a.png"), AltText = "A", Size = ImageSize.Medium }) },
        { "ActionSet", ACardWith(new ActionSet { Actions = [AVote()] }) },
        { "Input.Text", ACardWith(new TextInput { Id = "t", Label = "T", Value = "v", Placeholder = "p", IsMultiline = false, MaxLength = 10 }) },
        { "Input.ChoiceSet", ACardWith(new ChoiceSetInput { Id = "c", Style = ChoiceInputStyle.Compact, IsMultiSelect = true, Value = "a,b", Placeholder = "Pick", Wrap = true, Choices = [new Choice("A", "a"), new Choice("B", "b")] }) },
        { "Input.Number", ACardWith(new NumberInput { Id = "n", Min = 0, Max = 10, Value = 2.5, Placeholder = "0-10" }) },
        { "Input.Toggle", ACardWith(new ToggleInput { Id = "g", Title = "Agree", Wrap = true }) },
        { "Action.Execute", ACardWithActions(AVote()) },
        { "Action.Submit", ACardWithActions(new SubmitAction { Title = "Go", Data = new JsonObject { ["a"] = 1 }, AssociatedInputs = AssociatedInputs.None }) },
        { "Action.OpenUrl", ACardWithActions(new OpenUrlAction { Title = "Open", Url = new Uri("https://example.org/") }) },
        { "Action.ShowCard", ACardWithActions(new ShowCardAction { Title = "More", Card = new AdaptiveCard { Version = null, Schema = null, Body = [new TextBlock { Text = "more" }] } }) },
        { "Action.ToggleVisibility", ACardWithActions(new ToggleVisibilityAction { Title = "Toggle", TargetElements = [new TargetElement("x", false)] }) },
        { "Refresh", new AdaptiveCard { Refresh = new CardRefresh { Action = AVote(), UserIds = ["29:a"] }, Body = [new TextBlock { Text = "r" }] } },
        { "everything", AKitchenSinkCard() },
    };

    [Theory]
    [MemberData(nameof(CardsOfEveryKind))]
    public void Serialized_card_is_valid_against_the_official_schema(string kind, AdaptiveCard card)
    {
        var errors = AdaptiveCardSchema.Validate(AdaptiveCardSerializer.ToJson(card));

        Assert.True(errors.Count == 0, $"{kind}:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void Schema_check_catches_an_unknown_element()
    {
        var errors = AdaptiveCardSchema.Validate("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Carousel" } ] }""");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Schema_check_catches_a_text_block_without_text()
    {
        var errors = AdaptiveCardSchema.Validate("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock" } ] }""");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Schema_check_catches_an_unknown_action_style()
    {
        var errors = AdaptiveCardSchema.Validate(
            """{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Execute", "verb": "v", "style": "loud" } ] }""");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Schema_check_catches_an_unknown_teams_property()
    {
        var errors = AdaptiveCardSchema.Validate("""{ "type": "AdaptiveCard", "version": "1.5", "msteams": { "height": "Full" } }""");

        Assert.Contains("msteams.height: not a Teams card property", errors);
    }
}
