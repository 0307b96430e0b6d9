using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Cards;

/// <summary>The cards that explain the bot: welcome, help and the scenario list with start buttons.</summary>
internal static partial class GuideCards
{
    // Teams drops anything that looks like an HTML tag from card text, so placeholders are written in braces.
    private static readonly (string Command, string Meaning)[] Commands =
    [
        ("scenarios", "list the scenarios a group can work through"),
        ("start [{scenario}] [as {group name}]", "start this thread or chat as a group, e.g. start missed-bin-collection as Table 3; a bare start uses the workshop's scenario"),
        ("any other text", "answers the current step: the group's card updates for everyone"),
        ("next (or done) · back (or go back) · skip · finish stage", "move through the steps"),
        ("undo", "remove the last entry you added"),
        ("status", "bring the group's card down to the bottom of the thread"),
        ("new workshop [{title}]", "facilitator: set up a workshop in this channel (title, objectives, scenario, depth, time boxes); you need no group"),
        ("progress", "facilitator: the console card with every group's progress"),
        ("move all to {phase}", "facilitator: every group jumps to persona, journey, blueprint, ideas or voting"),
        ("pause · resume", "facilitator: pause or resume every group and the time box"),
        ("extend [{minutes}]", "facilitator: more time for the current phase (5 minutes if not said)"),
        ("broadcast {message}", "facilitator: post a message in every group's thread"),
        ("lock map · unlock map", "facilitator: stop or allow changes to the map"),
        ("add facilitator {@person}", "facilitator: invite a co-facilitator by mentioning them"),
        ("generate documents (or documents)", "facilitator: write the deck and the report, with links when ready"),
        ("export workshop · delete workshop", "facilitator: a zip of everything captured, or delete the workshop (you confirm with its title)"),
        ("workshop vote", "everyone: put your dots on the ideas of every group (the same dots as in the tab's second half)"),
        ("load scenario {script JSON}", "facilitator: paste your own scenario script"),
        (Conversations.DepthArguments.DepthUsage, "facilitator: MVP (the default, at most 20 cards) or full depth, for the workshop or one group; 'depth' alone shows it"),
        (Conversations.DepthArguments.LanesUsage, "facilitator: which blueprint lanes groups are asked for; 'lanes all' for every one"),
    ];

    public static AdaptiveCard Welcome(IReadOnlyList<ScenarioScript> scenarios) => new()
    {
        Body =
        [
            new TextBlock { Text = "Welcome to TeamsJourney", Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock
            {
                Text = "I lead breakout groups through a customer journey map and service blueprint, one step at a time: "
                    + "the persona, the journey stages, what happens behind the scenes, then ideas to improve it, voted on by the group. "
                    + "Each thread (or chat) is one group. Mark what you know as fact and what you assume, so the map stays grounded in evidence.",
                Wrap = true,
            },
            .. ScenarioChoices(scenarios),
        ],
        FallbackText = "Welcome to TeamsJourney. Type 'scenarios' to begin.",
    };

    public static AdaptiveCard Help(IReadOnlyList<ScenarioScript> scenarios) => new()
    {
        Body =
        [
            new TextBlock { Text = "How to use TeamsJourney", Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = "In a channel, mention me first. You can also use the buttons on each card.", Wrap = true, IsSubtle = true },
            new FactSet { Facts = [.. Commands.Select(c => new Fact(c.Command, c.Meaning))] },
            .. ScenarioChoices(scenarios),
        ],
        FallbackText = "Commands: " + string.Join(", ", Commands.Select(c => c.Command)) + ", help.",
    };

    /// <summary>The scenarios to choose from; <paramref name="groupName"/> (asked for with "start as …") goes with each choice.</summary>
    public static AdaptiveCard Scenarios(IReadOnlyList<ScenarioScript> scenarios, string? notice = null, string? groupName = null) => new()
    {
        Body =
        [
            .. notice is null ? Array.Empty<CardElement>() : [new Container { Style = ContainerStyle.Good, Items = [new TextBlock { Text = CardText.Quote(notice, 400), Wrap = true }] }],
            new TextBlock { Text = "Choose a scenario for this group", Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            .. ScenarioChoices(scenarios, groupName),
        ],
        FallbackText = "Scenarios: " + string.Join(", ", scenarios.Select(s => s.Id)),
    };

    /// <summary>A short card that says one thing, e.g. why a command could not be carried out.</summary>
    public static AdaptiveCard Notice(string title, string text, bool warning = true) => new()
    {
        Body =
        [
            new Container
            {
                Style = warning ? ContainerStyle.Warning : ContainerStyle.Good,
                Items =
                [
                    new TextBlock { Text = CardText.Quote(title, 200), Weight = TextWeight.Bolder, Wrap = true },
                    new TextBlock { Text = CardText.Quote(text, 2_000), Wrap = true },
                ],
            },
        ],
        // The fallback is shown by clients that cannot render the card: shortened like the text, or a long input
        // echoed in a notice would make the message larger than Teams accepts.
        FallbackText = OutboundSizeBudget.Shorten($"{title}: {text}", 2_000),
    };

    private static IEnumerable<CardElement> ScenarioChoices(IReadOnlyList<ScenarioScript> scenarios, string? groupName = null)
    {
        foreach (var scenario in scenarios)
        {
            yield return new Container
            {
                Separator = true,
                Items =
                [
                    new TextBlock { Text = CardText.Quote(scenario.Title, 200), Weight = TextWeight.Bolder, Wrap = true },
                    new TextBlock { Text = CardText.Quote(scenario.Summary, 500), Wrap = true, IsSubtle = true, Spacing = Spacing.None },
                    new TextBlock { Text = $"start {scenario.Id}", Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
                    new ActionSet
                    {
                        Actions =
                        [
                            new ExecuteAction
                            {
                                Title = "Start this scenario here",
                                Verb = CardVerbs.Start,
                                Data = groupName is { Length: > 0 }
                                    ? new JsonObject { [CardFields.ScenarioId] = scenario.Id, [CardFields.GroupName] = groupName }
                                    : new JsonObject { [CardFields.ScenarioId] = scenario.Id },
                                AssociatedInputs = AssociatedInputs.None,
                            },
                        ],
                    },
                ],
            };
        }
    }
}
