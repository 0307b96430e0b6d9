using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;

namespace TeamsJourney.BotFramework.Tests.Cards;

/// <summary>Cards that use one element or action kind each, the way the workshop bot would.</summary>
public static class CardBuilders
{
    public static AdaptiveCard ACardWith(params CardElement[] body) => new() { Body = body };

    public static AdaptiveCard ACardWithActions(params CardAction[] actions) =>
        new() { Body = [new TextBlock { Text = "Pick one" }], Actions = actions };

    public static ExecuteAction AVote(string stage = "report") => new()
    {
        Title = "Vote",
        Verb = "vote",
        Data = new JsonObject { ["stage"] = stage },
        Style = ActionStyle.Positive,
        AssociatedInputs = AssociatedInputs.Auto,
        IsEnabled = true,
        Tooltip = "Vote for this stage",
    };

    /// <summary>Every element and action kind in one card, nested where the schema allows.</summary>
    public static AdaptiveCard AKitchenSinkCard() => new()
    {
        FallbackText = "Please update Teams to see this card.",
        Speak = "Step one of five",
        MsTeams = TeamsCardProperties.FullWidth,
        Refresh = new CardRefresh { Action = AVote(), UserIds = ["29:ada", "29:grace"] },
        Body =
        [
            new TextBlock { Text = "Report a missed bin", Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new RichTextBlock { Inlines = [new TextRun { Text = "Stage ", Italic = true }, new TextRun { Text = "2", Weight = TextWeight.Bolder, Highlight = true }] },
            new Container
            {
                Style = ContainerStyle.Emphasis,
                Bleed = true,
                Items =
                [
                    new ColumnSet
                    {
                        Columns =
                        [
                            new Column { Width = ColumnWidth.Auto, Items = [new Image { Url = new Uri("https://example.org/persona.png"), AltText = "Persona: Sam", Size = ImageSize.Small }] },
                            new Column { Width = ColumnWidth.Relative(2), Items = [new FactSet { Facts = [new Fact("Persona", "Sam"), new Fact("Channel", "Phone")] }] },
                            new Column { Width = ColumnWidth.Pixels(80), Items = [new TextBlock { Text = "!", Color = TextColor.Attention, IsSubtle = true }] },
                            new Column { Width = ColumnWidth.Stretch, Items = [] },
                        ],
                    },
                ],
            },
            new TextInput { Id = "feeling", Label = "How does Sam feel?", Placeholder = "Frustrated", IsMultiline = true, MaxLength = 500, IsRequired = true, ErrorMessage = "Say how Sam feels", Spacing = Spacing.Medium, Separator = true },
            new ChoiceSetInput { Id = "emotion", Label = "Emotion", Style = ChoiceInputStyle.Expanded, IsMultiSelect = false, Value = "sad", Choices = [new Choice("Happy", "happy"), new Choice("Sad", "sad")] },
            new ChoiceSetInput { Id = "stage", Label = "Stage", Style = ChoiceInputStyle.Filtered, Choices = [new Choice("Discover", "discover")] },
            new NumberInput { Id = "effort", Label = "Effort (1-5)", Min = 1, Max = 5, Value = 3 },
            new ToggleInput { Id = "evidence", Title = "Backed by evidence", Value = "true", ValueOn = "true", ValueOff = "false" },
            new ActionSet { Actions = [new SubmitAction { Title = "Save (legacy)", Data = new JsonObject { ["verb"] = "save" } }] },
            new TextBlock { Id = "details", Text = "Details", IsVisible = false },
        ],
        Actions =
        [
            AVote(),
            new ExecuteAction { Title = "Remove", Verb = "remove", Style = ActionStyle.Destructive, AssociatedInputs = AssociatedInputs.None },
            new OpenUrlAction { Title = "Open the map", Url = new Uri("https://example.org/map") },
            new ShowCardAction { Title = "Add a note", Card = new AdaptiveCard { Version = null, Schema = null, Body = [new TextInput { Id = "note" }] } },
            new ToggleVisibilityAction { Title = "Details", TargetElements = [new TargetElement("details"), new TargetElement("details", IsVisible: true)] },
        ],
    };
}
