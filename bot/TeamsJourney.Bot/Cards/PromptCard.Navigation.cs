using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Cards;

internal static partial class PromptCard
{
    private static List<CardAction> Navigation(Prompt prompt, GroupCardContext context)
    {
        var actions = new List<CardAction>();
        if (!prompt.IsFinished && !prompt.IsPaused)
        {
            actions.Add(Execute(prompt.Kind == StepKind.Review ? "Finish" : "Done, next step", CardVerbs.Next, Data(context, prompt), ActionStyle.Positive));
            if (prompt.CanGoBack)
            {
                actions.Add(Execute("Back", CardVerbs.Back, Data(context, prompt)));
            }

            if (prompt.CanSkip)
            {
                actions.Add(Execute("Skip", CardVerbs.Skip, Data(context, prompt)));
            }

            if (prompt.StageId is not null)
            {
                actions.Add(Execute("Finish stage", CardVerbs.FinishStage, Data(context, prompt)));
            }
        }

        if (context.ViewerIsFacilitator && (prompt.IsFinished || prompt.Kind == StepKind.Review))
        {
            actions.Add(Execute("Generate documents", CardVerbs.GenerateDocuments, Data(context, prompt)));
        }

        // Pausing and moving groups on are workshop-wide and live on the facilitator's console card, never on a
        // group's card.

        return actions;
    }
}
