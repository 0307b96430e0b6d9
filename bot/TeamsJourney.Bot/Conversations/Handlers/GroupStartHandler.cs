using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>"start &lt;scenario&gt; [as &lt;name&gt;]" typed or pressed: the conversation becomes a group of its channel's workshop.</summary>
internal sealed class GroupStartHandler(StartGroup startGroup, GroupCards cards, ChannelWorkshops channels, GroupConversations groups, WorkshopScenarios scenarios)
{
    /// <summary>A typed start: the group's first card is posted as the group's card.</summary>
    public async Task OnTypedStartAsync(TurnContext turn, TextCommand.Start start, CancellationToken cancellationToken)
    {
        var (card, group) = await StartAsync(turn.Activity, start.ScenarioId, start.GroupName, cancellationToken);
        if (card is null)
        {
            return;
        }

        if (group is null)
        {
            await turn.ReplyAsync(card.ToMessage(), cancellationToken);
            return;
        }

        await cards.PostAsync(turn, group, card, cancellationToken);
    }

    /// <summary>
    /// Starts the group and returns the card to show (null for a redelivered start) and the group, when one
    /// exists; an unknown scenario gets a card listing the known ones and no group, a thread whose group is already
    /// under way a card saying what it runs (and no group, so that card does not become the group's live card).
    /// </summary>
    public async Task<(AdaptiveCard? Card, ConversationGroup? Group)> StartAsync(Activity activity, string scenarioId, string? groupName, CancellationToken cancellationToken)
    {
        var conversation = TurnIdentity.Conversation(activity);
        if (await channels.OfFacilitatorThreadAsync(conversation.ConversationId, cancellationToken) is not null)
        {
            return (GuideCards.Notice("This is the facilitators' thread", "Groups start in their own threads of this channel: start a new post there and type 'start'."), null);
        }

        // A thread that already holds a group stays in its workshop; a new one joins the channel's current workshop.
        var place = TurnIdentity.Place(activity);
        place = await groups.FindAsync(conversation.ConversationId, cancellationToken) is { } existing
            ? place with { WorkshopId = existing.WorkshopId }
            : await channels.CurrentAsync(place, cancellationToken);
        if (string.IsNullOrEmpty(scenarioId))
        {
            // A bare "start" begins the scenario the facilitator chose, or asks which one.
            var chosen = (await channels.FindAsync(place.WorkshopId, cancellationToken))?.Setup.ScenarioId;
            if (chosen is null)
            {
                return (GuideCards.Scenarios(await scenarios.ListAsync(place.WorkshopId, cancellationToken)), null);
            }

            scenarioId = chosen;
        }

        var result = await startGroup.StartAsync(
            new StartGroupRequest(
                place,
                TurnIdentity.GroupId(conversation.ConversationId),
                conversation,
                scenarioId,
                groupName,
                TurnIdentity.Participant(activity),
                TurnIdentity.DeliveryKey(activity)),
            cancellationToken);
        if (result.Group is null || result.Result is null)
        {
            var known = string.Join(", ", result.KnownScenarios.Select(s => s.Id));
            return (GuideCards.Notice("Unknown scenario", $"I don't have a scenario called '{scenarioId}'. Try one of: {known}."), null);
        }

        // Not the group's card: it explains why nothing started, so it is posted without becoming the live card.
        if (result.AlreadyRunning)
        {
            return (AlreadyRunningCard.Render(result.Group.WorkshopId, result.Group.GroupId, result.Result.Session, scenarioId), null);
        }

        return result.Result.Outcome == GroupCommandOutcome.Duplicate
            ? (null, result.Group)
            : (GroupCards.After(result.Group, result.Result, TurnIdentity.Viewer(activity)), result.Group);
    }
}
