using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Workshops.Plenary;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// The workshop-wide vote from chat: "workshop vote" posts the pooled initiatives with dot buttons; a press places or
/// takes back the presser's own dot (the same dots as in the tab), answers with their view and updates the posted
/// card's totals for everyone else.
/// </summary>
internal sealed class WorkshopVoteHandler(ChannelWorkshops channels, ReadPlenary plenary, PlanInitiatives plan)
{
    public static bool Handles(string verb) => verb is CardVerbs.WorkshopDot or CardVerbs.WorkshopUndot or CardVerbs.WorkshopVotes;

    /// <summary>Posts the vote card in the conversation the command came from.</summary>
    public async Task PostAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var view = await plenary.ReadAsync(await channels.MeantByAsync(turn.Activity, cancellationToken), cancellationToken);
        var card = view is null
            ? GuideCards.Notice("No workshop here yet", "Start a group first; its ideas are what the workshop votes on.")
            : WorkshopVoteCard.Render(view, null);
        await turn.ReplyAsync(card.ToMessage(), cancellationToken);
    }

    /// <summary>A press on the vote card: the presser's own view back, and the shared card's totals updated.</summary>
    public async Task<AdaptiveCard> OnPressAsync(TurnContext turn, string verb, JsonObject data, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var workshopId = await channels.MeantByAsync(activity, cancellationToken);
        if (CardActionCommands.Text(data, CardFields.WorkshopId) is { } cardWorkshop && cardWorkshop != workshopId)
        {
            return GuideCards.Notice("Another workshop's card", "This vote card belongs to another workshop; type 'workshop vote' here for this one.");
        }

        var person = TurnIdentity.Participant(activity);
        if (verb == CardVerbs.WorkshopVotes)
        {
            return await plenary.ReadAsync(workshopId, cancellationToken) is { } current
                ? WorkshopVoteCard.Render(current, person.UserId)
                : GuideCards.Notice("No workshop here yet", "Start a group first.");
        }

        if (CardActionCommands.Text(data, CardFields.GroupId) is not { } groupId || CardActionCommands.Text(data, CardFields.InitiativeId) is not { } initiativeId)
        {
            return GuideCards.Notice("I couldn't read that card", "The card did not say which initiative. Type 'workshop vote' for a fresh card.");
        }

        var target = new InitiativeRef(groupId, initiativeId);
        PlanChange change = verb == CardVerbs.WorkshopDot ? new CastDot(target, person.UserId) : new WithdrawDot(target, person.UserId);
        var result = await plan.ChangeAsync(workshopId, person, change, cancellationToken);
        if (result.View is null)
        {
            return GuideCards.Notice("That did not work", result.Reason ?? "There is no workshop here.");
        }

        if (result.Outcome == PlenaryOutcome.Applied && activity.ReplyToId is { Length: > 0 } sharedCard)
        {
            // The answer replaces the card for the presser only; everyone else sees the new totals on the posted card.
            await turn.UpdateAsync(sharedCard, WorkshopVoteCard.Render(result.View, null).ToMessage(), cancellationToken);
        }

        var view = WorkshopVoteCard.Render(result.View, person.UserId);
        return result.Outcome == PlenaryOutcome.Applied ? view : WithNotice(view, result.Reason!);
    }

    private static AdaptiveCard WithNotice(AdaptiveCard card, string reason) => new()
    {
        Body = [new Container { Style = ContainerStyle.Warning, Items = [new TextBlock { Text = CardText.Quote(reason, 400), Wrap = true }] }, .. card.Body],
        Actions = card.Actions,
        FallbackText = reason,
    };
}
