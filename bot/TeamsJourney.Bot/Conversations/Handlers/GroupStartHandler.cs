using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// "start &lt;scenario&gt; [as &lt;name&gt;]" typed or pressed: the conversation becomes a group of its channel's current
/// workshop, and the group's one live card is posted in the thread for everyone.
/// </summary>
internal sealed class GroupStartHandler(
    StartGroup startGroup, GroupConversations conversations, GroupCards cards, ChannelWorkshops channels, WorkshopScenarios scenarios)
{
    /// <summary>A typed start: the live card is the answer; anything else (an unknown scenario, a refusal) is replied.</summary>
    public async Task OnTypedStartAsync(TurnContext turn, TextCommand.Start start, CancellationToken cancellationToken)
    {
        var (card, postedLiveCard) = await StartAsync(turn, start.ScenarioId, start.GroupName, cancellationToken);
        if (card is not null && !postedLiveCard)
        {
            await turn.ReplyAsync(card.ToMessage(), cancellationToken);
        }
    }

    /// <summary>
    /// Starts the group. Returns the card to show the person who started it (null for a redelivered start) and
    /// whether the group's live card was posted in the thread; a thread whose group is already under way gets a card
    /// saying what it runs, which does not become the group's live card.
    /// </summary>
    public async Task<(AdaptiveCard? Card, bool PostedLiveCard)> StartAsync(TurnContext turn, string scenarioId, string? groupName, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var conversation = TurnIdentity.Conversation(activity);
        if (await channels.OfFacilitatorThreadAsync(conversation.ConversationId, cancellationToken) is not null)
        {
            return (GuideCards.Notice("This is the facilitators' thread", "Groups start in their own threads of this channel: start a new post there and type 'start'."), false);
        }

        // A thread that already holds a group stays in its workshop; a new one joins the channel's current workshop.
        var place = TurnIdentity.Place(activity);
        place = await conversations.FindAsync(conversation.ConversationId, cancellationToken) is { } existing
            ? place with { WorkshopId = existing.WorkshopId }
            : await channels.CurrentAsync(place, cancellationToken);
        if (string.IsNullOrEmpty(scenarioId))
        {
            // A bare "start" begins the scenario the facilitator chose, or asks which one.
            var chosen = (await channels.FindAsync(place.WorkshopId, cancellationToken))?.Setup.ScenarioId;
            if (chosen is null)
            {
                return (GuideCards.Scenarios(await scenarios.ListAsync(place.WorkshopId, cancellationToken), groupName: groupName), false);
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
            return (GuideCards.Notice("Unknown scenario", $"I don't have a scenario called '{OutboundSizeBudget.Shorten(scenarioId, 80)}'. Try one of: {known}."), false);
        }

        // Not the group's card: it explains why nothing started, so it is posted without becoming the live card.
        if (result.AlreadyRunning)
        {
            return (AlreadyRunningCard.Render(result.Group.WorkshopId, result.Group.GroupId, result.Result.Session, scenarioId), false);
        }

        if (result.Result.Outcome == GroupCommandOutcome.Duplicate)
        {
            return (null, false);
        }

        var viewer = TurnIdentity.Viewer(activity);
        await conversations.RememberMemberAsync(result.Group, viewer.TeamsUserId, cancellationToken);
        if (result.Result.Outcome != GroupCommandOutcome.Applied)
        {
            return (GroupCards.After(result.Group, result.Result, viewer, await conversations.MembersAsync(result.Group, cancellationToken)), false);
        }

        await cards.PostLiveCardAsync(turn, result.Group, result.Result.Session, cancellationToken);
        var name = result.Result.Session.GroupName ?? result.Group.GroupName;
        return (GuideCards.Notice("Group started", $"'{name}' is working on {result.Result.Session.Script.Title}. The group's card is in this thread: everyone answers on that one card.", warning: false), true);
    }
}
