using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Workshops.Depth;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// "depth" and "lanes": a facilitator sets how deep the workshop's groups go and which blueprint lanes they are
/// asked for. The reply says what changed; the cards of running groups that switched are updated in their threads.
/// </summary>
internal sealed class DepthHandler(
    SetWorkshopDepth setWorkshopDepth,
    SetGroupDepth setGroupDepth,
    ChooseBlueprintLanes chooseLanes,
    WorkshopDepth depth,
    ILogger<DepthHandler> logger)
{
    public async Task<AdaptiveCard> OnDepthAsync(TurnContext turn, TextCommand.Depth command, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var workshopId = TurnIdentity.WorkshopId(activity);
        if (command.Level is not { } level)
        {
            return DepthCard.Render(await depth.ReadAsync(workshopId, cancellationToken), command.Problem, warning: command.Problem is not null);
        }

        var result = command.GroupName is { } groupName
            ? await setGroupDepth.SetAsync(workshopId, TurnIdentity.Participant(activity), groupName, level, TurnIdentity.ConversationIdOf, TurnIdentity.DeliveryKey(activity), cancellationToken)
            : await setWorkshopDepth.SetAsync(workshopId, TurnIdentity.Participant(activity), level, TurnIdentity.ConversationIdOf, TurnIdentity.DeliveryKey(activity), cancellationToken);
        var what = command.GroupName is { } name
            ? $"{CardText.Quote(name, 80)} works at {DepthChoice.NameOf(level)} depth"
                + (result.Groups.Count == 0 ? " when it starts (or already does)." : ".")
            : $"The workshop works at {DepthChoice.NameOf(level)} depth: groups that start from now on begin there.";
        return await ReplyAsync(turn, result, what, cancellationToken);
    }

    public async Task<AdaptiveCard> OnLanesAsync(TurnContext turn, TextCommand.Lanes command, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var workshopId = TurnIdentity.WorkshopId(activity);
        if (command.Chosen is not { } lanes)
        {
            return DepthCard.Render(await depth.ReadAsync(workshopId, cancellationToken), command.Problem, warning: command.Problem is not null);
        }

        var result = await chooseLanes.ChooseAsync(workshopId, TurnIdentity.Participant(activity), [.. lanes], TurnIdentity.ConversationIdOf, TurnIdentity.DeliveryKey(activity), cancellationToken);
        var chosen = result.Settings.BlueprintLanes ?? lanes;
        return await ReplyAsync(turn, result, $"Blueprint cards ask for {string.Join(", ", chosen.Select(LaneCatalog.Label))}.", cancellationToken);
    }

    private async Task<AdaptiveCard> ReplyAsync(TurnContext turn, DepthChangeResult result, string what, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case DepthChangeOutcome.NoWorkshop:
                return GuideCards.Notice("No workshop here yet", "Start a group first ('start {scenario}' in a thread); then the facilitator can set the depth. Groups start at MVP depth unless told otherwise.");
            case DepthChangeOutcome.NotFacilitator:
                return DepthCard.Render(result.Settings, "Only the workshop's facilitator can change the depth or the blueprint lanes.", warning: true);
            case DepthChangeOutcome.Invalid:
                return DepthCard.Render(result.Settings, result.Problem, warning: true);
        }

        var switched = new List<string>();
        var problems = new List<string>();
        foreach (var (group, outcome) in result.Groups)
        {
            if (outcome.Outcome == GroupCommandOutcome.Rejected)
            {
                problems.Add($"{group.GroupName}: {outcome.RejectionReason}");
                continue;
            }

            switched.Add(group.GroupName);
            if (!await UpdateCardAsync(turn, group, outcome, cancellationToken))
            {
                problems.Add($"{group.GroupName} switched, but its card could not be updated (they can type 'status').");
            }
        }

        var summary = switched.Count == 0
            ? what
            : $"{what} Switched {string.Join(", ", switched)} at the stage {(switched.Count == 1 ? "it is" : "they are")} on; what they captured stays.";
        return DepthCard.Render(result.Settings, string.Join(" ", [summary, .. problems]), warning: problems.Count > 0);
    }

    private async Task<bool> UpdateCardAsync(TurnContext turn, ConversationGroup group, GroupCommandResult outcome, CancellationToken cancellationToken)
    {
        if (group.Conversation.CardActivityId is not { Length: > 0 } cardId || !Uri.TryCreate(group.Conversation.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return true;
        }

        try
        {
            // The group's shared card: nobody's personal view, no facilitator buttons.
            var card = GroupCards.Render(group, outcome.Session, new CardViewer(string.Empty, string.Empty), "The facilitator changed this group's depth; carry on from here.", warning: false);
            await turn.Connector.UpdateActivityAsync(serviceUrl, group.Conversation.ConversationId, cardId, card.ToMessage(), cancellationToken);
            return true;
        }
        catch (ConnectorException ex)
        {
            // The switch is stored; only the card could not be refreshed. Say so and carry on with the others.
            Log.GroupCardNotUpdated(logger, group.GroupId, ex.StatusCode, ex);
            return false;
        }
    }
}
