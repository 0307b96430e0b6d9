using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Cards;

/// <summary>The card where a facilitator pastes their own scenario script, and where its errors are listed.</summary>
internal static class ScenarioScriptCard
{
    /// <summary>Longest script echoed back into the box after an error; a longer one would not fit a card.</summary>
    private const int EchoLimit = 12_000;

    private const int ListedErrors = 15;

    public static AdaptiveCard Render(IReadOnlyList<ScenarioLoadError>? errors = null, string? json = null, string? problem = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = "Load your own scenario", Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock
            {
                Text = "Paste a scenario script (JSON, format version 1). The format and its JSON Schema are described in "
                    + "shared/TeamsJourney.Domain/Scenarios/README.md; the built-in scenarios are good starting points.",
                Wrap = true,
                IsSubtle = true,
            },
        };
        if (problem is not null || errors is { Count: > 0 })
        {
            var lines = (errors ?? []).Take(ListedErrors).Select(e => "• " + CardText.Quote(e.ToString(), 300)).ToList();
            if (errors is { Count: > ListedErrors })
            {
                lines.Add($"…and {errors.Count - ListedErrors} more.");
            }

            body.Add(new Container
            {
                Style = ContainerStyle.Warning,
                Items =
                [
                    new TextBlock { Text = problem ?? "The script was not loaded. Fix these and try again:", Weight = TextWeight.Bolder, Wrap = true },
                    .. lines.Select(l => new TextBlock { Text = l, Wrap = true, Spacing = Spacing.None }),
                ],
            });
        }

        body.Add(new TextInput
        {
            Id = CardFields.ScenarioJson,
            Label = "Scenario script (JSON)",
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = "Paste the script first.",
            Value = json is { Length: <= EchoLimit } ? json : null,
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction { Title = "Load scenario", Verb = CardVerbs.LoadScenario, Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.Auto }],
            FallbackText = "Paste a scenario script to load it.",
        };
    }
}
