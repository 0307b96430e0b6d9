using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Bot.Cards;

/// <summary>
/// The facilitator's form for a workshop: title, objectives, stakeholders, scenario, depth, a time box per phase,
/// the reminder and whether time boxes move groups on by themselves. Saving it creates the workshop (or changes it:
/// the same form always means the same workshop).
/// </summary>
internal static class WorkshopSetupCard
{
    public static AdaptiveCard Render(IReadOnlyList<ScenarioScript> scenarios, Workshop? workshop = null, string? title = null, string? problem = null) => new()
    {
        Body =
        [
            new TextBlock { Text = workshop is null ? "New workshop" : "Change the workshop's setup", Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock
            {
                Text = "You run this workshop from this thread and need no group of your own. Groups start in their own threads of this channel. "
                    + "Invite co-facilitators by typing 'add facilitator' and mentioning them here.",
                Wrap = true,
                IsSubtle = true,
            },
            .. problem is null ? Array.Empty<CardElement>() : [new Container { Style = ContainerStyle.Warning, Items = [new TextBlock { Text = CardText.Quote(problem, 500), Wrap = true }] }],
            .. Fields(scenarios, workshop, title),
        ],
        Actions = [SaveAction(workshop is null ? "Create workshop" : "Save setup")],
        FallbackText = "Set up the workshop: title, objectives, stakeholders, scenario, depth and time boxes.",
    };

    /// <summary>The form's inputs, also shown inside the console's "Change setup".</summary>
    public static IEnumerable<CardElement> Fields(IReadOnlyList<ScenarioScript> scenarios, Workshop? workshop, string? title)
    {
        var setup = workshop?.Setup ?? WorkshopSetup.Default;
        yield return new TextInput
        {
            Id = CardFields.Title,
            Label = "Title",
            IsRequired = true,
            ErrorMessage = "Give the workshop a title.",
            MaxLength = Workshop.MaxTitleLength,
            Value = workshop?.Title ?? title,
        };
        yield return new TextInput { Id = CardFields.Objectives, Label = "Objectives (one per line)", IsMultiline = true, Value = Lines(workshop?.Objectives) };
        yield return new TextInput { Id = CardFields.Stakeholders, Label = "Stakeholders (one per line)", IsMultiline = true, Value = Lines(workshop?.Stakeholders) };
        yield return new ChoiceSetInput
        {
            Id = CardFields.ScenarioId,
            Label = "Scenario the groups start with",
            Style = ChoiceInputStyle.Compact,
            Choices = [.. scenarios.Select(s => new Choice(CardText.Plain(s.Title, 100), s.Id))],
            Value = setup.ScenarioId ?? scenarios.FirstOrDefault()?.Id,
        };
        yield return new ChoiceSetInput
        {
            Id = CardFields.Depth,
            Label = "Depth",
            Style = ChoiceInputStyle.Expanded,
            Choices = [new Choice("MVP: one card per stage, fits the hour", "mvp"), new Choice("Full: every lane of every stage", "full")],
            Value = setup.Depth ?? "mvp",
        };
        yield return new TextBlock { Text = "Time box per phase, in minutes (leave empty for none)", Weight = TextWeight.Bolder, Wrap = true };
        yield return new ColumnSet
        {
            Columns =
            [
                .. WorkshopPhases.All.Select(phase => new Column
                {
                    Width = ColumnWidth.Stretch,
                    Items =
                    [
                        new NumberInput
                        {
                            Id = CardFields.TimeBox(phase),
                            Label = Capitalised(phase),
                            Min = 1,
                            Max = WorkshopSetup.MaxTimeBox.TotalMinutes,
                            Value = setup.TimeBoxOf(phase) is { } length ? Math.Round(length.TotalMinutes) : null,
                        },
                    ],
                }),
            ],
        };
        yield return new NumberInput
        {
            Id = CardFields.ReminderMinutes,
            Label = "Remind each group this many minutes before a time box ends (0 for no reminder)",
            Min = 0,
            Max = 30,
            Value = setup.ReminderLead.TotalMinutes,
        };
        yield return new ToggleInput
        {
            Id = CardFields.AutoAdvance,
            Title = "Move every group to the next phase by itself when a time box ends",
            Value = setup.AutoAdvance ? "true" : "false",
            ValueOn = "true",
            ValueOff = "false",
            Wrap = true,
        };
    }

    public static ExecuteAction SaveAction(string title) =>
        new() { Title = title, Verb = CardVerbs.SaveWorkshop, Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.Auto };

    public static string Capitalised(WorkshopPhase phase) => phase.ToString();

    private static string? Lines(IReadOnlyList<string>? values) => values is { Count: > 0 } ? string.Join("\n", values) : null;
}
