using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Cards;

/// <summary>
/// Renders a group's current step as one Adaptive Card: a header, the question, what the group has
/// captured so far, the inputs the step needs and the buttons to move on. Every action carries the
/// workshop, group and step it was rendered for, so an answer to a stale card can be recognised.
/// </summary>
internal static partial class PromptCard
{
    /// <summary>How many captured entries the card lists; the map tab shows the rest.</summary>
    private const int ListedEntries = 8;

    public static AdaptiveCard Render(Prompt prompt, GroupCardContext context)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(context);
        var card = Build(prompt, context, shortenedNote: null);

        // Many initiatives with long titles (non-Latin text and emoji cost up to 12 bytes a character in
        // the JSON) can outgrow the message size Teams accepts, so the card lists fewer, most-voted first.
        var (total, noun) = prompt.Kind == StepKind.InitiativeIdeas ? (prompt.PainPoints.Count, "pain points") : (prompt.Initiatives.Count, "initiatives");
        var listed = total;
        // Measured only when there is a list to shorten (a measure is a whole serialization; most steps list none).
        while (listed > 1 && !AdaptiveCardSerializer.FitsSizeBudget(card))
        {
            listed = listed * 3 / 4;
            var shortened = prompt with
            {
                Initiatives = [.. prompt.Initiatives.OrderByDescending(i => i.Votes).Take(listed)],
                PainPoints = [.. prompt.PainPoints.Take(listed)],
            };
            card = Build(shortened, context, $"This card lists {listed} of {total} {noun} to stay within the size Teams accepts; the map tab has them all.");
        }

        return card;
    }

    private static AdaptiveCard Build(Prompt prompt, GroupCardContext context, string? shortenedNote)
    {
        var body = new List<CardElement> { Header(prompt, context) };
        if (context.Notice is { Length: > 0 } notice)
        {
            body.Add(Banner(notice, context.NoticeIsWarning));
        }

        if (prompt.IsPaused)
        {
            body.Add(Banner("The facilitator has paused the groups. Your answers so far are saved; carry on when the group resumes.", warning: true));
        }

        body.Add(new TextBlock { Text = CardText.Quote(prompt.Question, 1_000), Wrap = true, Weight = TextWeight.Bolder });
        if (prompt.Hint is { Length: > 0 } hint)
        {
            body.Add(new TextBlock { Text = CardText.Quote(hint, 600), Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        }

        if (prompt.Example is { Length: > 0 } example)
        {
            body.Add(new TextBlock { Text = "For example: " + CardText.Quote(example, 400), Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        }

        body.AddRange(Captured(prompt));
        if (shortenedNote is not null)
        {
            body.Add(new TextBlock { Text = shortenedNote, Wrap = true, IsSubtle = true, Separator = true });
        }

        if (!prompt.IsFinished && !prompt.IsPaused)
        {
            body.AddRange(StepInputs(prompt, context));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = Navigation(prompt, context),
            FallbackText = $"{prompt.Title}: {prompt.Question}",
            MsTeams = TeamsCardProperties.FullWidth,
            Refresh = PersonalRefresh(prompt, context),
        };
    }

    private static Container Header(Prompt prompt, GroupCardContext context) => new()
    {
        Style = ContainerStyle.Emphasis,
        Bleed = true,
        Items =
        [
            new TextBlock { Text = $"{CardText.Quote(context.ScenarioTitle, 120)} · {CardText.Quote(context.GroupName, 80)}", IsSubtle = true, Size = TextSize.Small, Wrap = true },
            new TextBlock { Text = CardText.Quote(prompt.Title, 200), Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.None },
            new TextBlock { Text = prompt.IsFinished ? "Finished" : $"Step {prompt.Progress.StepNumber} of {prompt.Progress.TotalSteps}", IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ],
    };

    private static Container Banner(string text, bool warning) => new()
    {
        Style = warning ? ContainerStyle.Warning : ContainerStyle.Good,
        Items = [new TextBlock { Text = CardText.Quote(text, 600), Wrap = true }],
    };

    private static IEnumerable<CardElement> Captured(Prompt prompt)
    {
        var lines = prompt.CapturedItems.Count > 0
            ? prompt.CapturedItems.Select(i => CardText.Quote(i.Text) + (i.Channel is { } c ? $" — {CardText.Channel(c)}" : string.Empty) + CardText.Evidence(i.Evidence)).ToList()
            : prompt.CapturedTexts.Select(t => CardText.Quote(t)).ToList();
        if (prompt.Kind == StepKind.StageEmotion && prompt.Emotion is { } score)
        {
            lines = [CardText.Emotion(score)];
        }

        if (lines.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock { Text = $"Captured so far ({lines.Count})", Weight = TextWeight.Bolder, Size = TextSize.Small, Separator = true, Spacing = Spacing.Medium };
        foreach (var line in lines.TakeLast(ListedEntries))
        {
            yield return new TextBlock { Text = "• " + line, Wrap = true, Spacing = Spacing.None };
        }

        if (lines.Count > ListedEntries)
        {
            yield return new TextBlock { Text = $"…and {lines.Count - ListedEntries} earlier entries (see the map tab).", IsSubtle = true, Spacing = Spacing.None };
        }
    }

    private static JsonObject Data(GroupCardContext context, Prompt prompt, params (string Key, string Value)[] extra)
    {
        var data = new JsonObject
        {
            [CardFields.WorkshopId] = context.WorkshopId,
            [CardFields.GroupId] = context.GroupId,
            [CardFields.StepId] = prompt.StepId,
        };
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }

        return data;
    }

    private static ExecuteAction Execute(string title, string verb, JsonObject data, ActionStyle? style = null, bool sendsInputs = false) => new()
    {
        Title = title,
        Verb = verb,
        Data = data,
        Style = style,
        AssociatedInputs = sendsInputs ? AssociatedInputs.Auto : AssociatedInputs.None,
    };

    // Everyone listed fetches their own view of the card (their dots, their draft, a facilitator's controls).
    private static CardRefresh? PersonalRefresh(Prompt prompt, GroupCardContext context)
    {
        var userIds = context.RefreshFor is { Count: > 0 } members ? [.. members.Take(CardRefresh.MaxUserIds)]
            : context.PersonalViewFor is { Length: > 0 } user ? [user]
            : (IReadOnlyList<string>)[];
        return prompt.IsFinished || userIds.Count == 0
            ? null
            : new CardRefresh { Action = Execute(prompt.Kind == StepKind.Voting ? "Show my dots" : "Show my view", CardVerbs.Refresh, Data(context, prompt)), UserIds = userIds };
    }
}
