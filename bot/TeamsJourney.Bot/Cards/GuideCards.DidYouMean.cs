using System.Text.Json.Nodes;
using TeamsJourney.Bot.Conversations;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Cards;

internal static partial class GuideCards
{
    /// <summary>
    /// "Did you mean next?": a typed message that looks like a misspelt command. Nothing was saved; one button runs
    /// the command (for the group's step the question was asked on), another saves the text as an answer after all.
    /// </summary>
    public static AdaptiveCard DidYouMean(TextCommand.DidYouMean typed, string? workshopId, string? groupId, Prompt? prompt)
    {
        var actions = new List<CardAction>();
        if (prompt is not null && workshopId is not null && groupId is not null && VerbOf(typed.Command) is { } verb)
        {
            actions.Add(new ExecuteAction { Title = $"Yes, {typed.Keyword}", Verb = verb, Data = StepData(workshopId, groupId, prompt), Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None });
        }

        if (prompt is { Kind: StepKind.PersonaField or StepKind.StageItems, IsFinished: false, IsPaused: false } && workshopId is not null && groupId is not null)
        {
            var data = StepData(workshopId, groupId, prompt);
            data[CardFields.Answer] = typed.Typed;
            actions.Add(new ExecuteAction { Title = "No, save it as an answer", Verb = CardVerbs.Answer, Data = data, AssociatedInputs = AssociatedInputs.None });
        }

        var howTo = actions.Count == 0 || VerbOf(typed.Command) is null ? $" Type '{typed.Keyword}' to run it." : string.Empty;
        return new AdaptiveCard
        {
            Body =
            [
                new Container
                {
                    Style = ContainerStyle.Warning,
                    Items =
                    [
                        new TextBlock { Text = $"Did you mean '{CardText.Quote(typed.Keyword, 40)}'?", Weight = TextWeight.Bolder, Wrap = true },
                        new TextBlock { Text = $"You typed \"{CardText.Quote(typed.Typed, 60)}\". Nothing was saved.{howTo}", Wrap = true },
                    ],
                },
            ],
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = $"Did you mean '{typed.Keyword}'? Nothing was saved.",
        };
    }

    private static string? VerbOf(TextCommand command) => command switch
    {
        TextCommand.Navigate { Verb: NavigationVerb.Next } => CardVerbs.Next,
        TextCommand.Navigate { Verb: NavigationVerb.Back } => CardVerbs.Back,
        TextCommand.Navigate { Verb: NavigationVerb.Skip } => CardVerbs.Skip,
        TextCommand.Navigate { Verb: NavigationVerb.FinishStage } => CardVerbs.FinishStage,
        TextCommand.Status => CardVerbs.Refresh,
        _ => null,
    };

    private static JsonObject StepData(string workshopId, string groupId, Prompt prompt) => new()
    {
        [CardFields.WorkshopId] = workshopId,
        [CardFields.GroupId] = groupId,
        [CardFields.StepId] = prompt.StepId,
    };
}
