using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Scenarios;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>What only facilitators do from a conversation: move every group on, load their own scenario scripts.</summary>
internal sealed class FacilitatorHandler(
    MoveAllGroupsOn moveAll, LoadScenario loadScenario, WorkshopScenarios scenarios, ILogger<FacilitatorHandler> logger)
{
    /// <summary>
    /// Moves every group of the workshop on by one section. Each other group's card is updated in its own
    /// conversation; the facilitator's own card is answered by the caller. Returns a one-line summary.
    /// </summary>
    public async Task<string> MoveAllGroupsOnAsync(TurnContext turn, ConversationGroup from, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var result = await moveAll.MoveAsync(from.Workshop, TurnIdentity.Participant(activity), TurnIdentity.ConversationIdOf, TurnIdentity.DeliveryKey(activity), cancellationToken);
        if (!result.Allowed)
        {
            return "Only the workshop's facilitator can move every group on.";
        }

        var moved = 0;
        var failures = new List<string>();
        foreach (var (group, outcome) in result.Groups)
        {
            if (outcome.Outcome == GroupCommandOutcome.Rejected)
            {
                failures.Add($"{group.GroupName}: {outcome.RejectionReason}");
                continue;
            }

            moved++;
            if (group.GroupId != from.GroupId && group.Conversation.CardActivityId is { Length: > 0 } cardId
                && Uri.TryCreate(group.Conversation.ServiceUrl, UriKind.Absolute, out var serviceUrl))
            {
                try
                {
                    var card = GroupCards.Render(group, outcome.Session, TurnIdentity.Viewer(activity), "The facilitator moved every group on.", warning: false);
                    await turn.Connector.UpdateActivityAsync(serviceUrl, group.Conversation.ConversationId, cardId, card.ToMessage(), cancellationToken);
                }
                catch (ConnectorException ex)
                {
                    // The group moved on (it is stored); only its card could not be refreshed. Say so, keep going.
                    Log.GroupCardNotUpdated(logger, group.GroupId, ex.StatusCode, ex);
                    failures.Add($"{group.GroupName}: moved on, but its card could not be updated (they can type 'status').");
                }
            }
        }

        var summary = $"Moved {moved} {(moved == 1 ? "group" : "groups")} on.";
        return failures.Count == 0 ? summary : summary + " " + string.Join(" ", failures);
    }

    /// <summary>
    /// Loads a facilitator's own scenario script into this channel's (or chat's) workshop. Errors come back on
    /// the card, naming line and field; nothing is stored unless the whole script is valid.
    /// </summary>
    public async Task<AdaptiveCard> LoadScenarioAsync(Activity activity, string? json, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ScenarioScriptCard.Render();
        }

        var result = await loadScenario.LoadAsync(TurnIdentity.Place(activity), TurnIdentity.Participant(activity), json, cancellationToken);
        return result.Outcome switch
        {
            ScenarioLoadOutcome.NotFacilitator => ScenarioScriptCard.Render(json: json, problem: "Only the workshop's facilitator can load scenarios here."),
            ScenarioLoadOutcome.Invalid => ScenarioScriptCard.Render(result.Errors, json),
            ScenarioLoadOutcome.TooLong => ScenarioScriptCard.Render(
                json: json,
                problem: $"The script is {json.Length:N0} characters; scripts can be at most {result.MaxLength:N0}. Shorten prompts or split the scenario."),
            _ => GuideCards.Scenarios(
                await scenarios.ListAsync(TurnIdentity.WorkshopId(activity), cancellationToken),
                $"Loaded '{result.Script!.Title}' (version {result.Script.Version}). Start it in any thread of this channel."),
        };
    }
}
