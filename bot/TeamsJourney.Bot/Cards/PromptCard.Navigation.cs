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
            // A card with several boxes saves what is typed and moves on in one press, so nothing typed is left behind.
            actions.Add(prompt.Kind == StepKind.MultiInput
                ? Execute("Save and next", CardVerbs.AnswerInputs, Data(context, prompt, (CardFields.Then, CardVerbs.Next)), ActionStyle.Positive, sendsInputs: true)
                : Execute(prompt.Kind == StepKind.Review ? "Finish" : "Done, next step", CardVerbs.Next, Data(context, prompt), ActionStyle.Positive));
            if (prompt.CanGoBack)
            {
                actions.Add(Execute("Back", CardVerbs.Back, Data(context, prompt)));
            }

            if (prompt.CanSkip)
            {
                actions.Add(Execute("Skip", CardVerbs.Skip, Data(context, prompt)));
            }

            // On an MVP card the stage is the card: "Finish stage" would only skip what the card asks (pain points included).
            if (prompt.StageId is not null && prompt.Kind != StepKind.MultiInput)
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
