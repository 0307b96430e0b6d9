using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Bot.Conversations;

internal sealed partial class WorkshopBot
{
    private async Task AdvanceAllByMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var group = await FindGroupAsync(turn.Activity, cancellationToken);
        if (group is null)
        {
            await ReplyNoGroupAsync(turn, cancellationToken);
            return;
        }

        var notice = await AdvanceAllGroupsAsync(turn, group, cancellationToken);
        var session = await repository.LoadGroupAsync(group.WorkshopId, group.GroupId, cancellationToken);
        if (session is not null)
        {
            await PostGroupCardAsync(turn, group, GroupCard(group, session, TurnIdentity.Viewer(turn.Activity), notice), cancellationToken);
        }
    }

    /// <summary>
    /// The facilitator moves every group of the workshop on by one section. Each group's card is
    /// updated in its own conversation; the facilitator's own card is answered by the caller.
    /// Returns a one-line summary for the facilitator.
    /// </summary>
    private async Task<string> AdvanceAllGroupsAsync(TurnContext turn, GroupInConversation from, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!from.Workshop.IsFacilitator(TurnIdentity.UserId(activity)))
        {
            return "Only the workshop's facilitator can move every group on.";
        }

        var moved = 0;
        var failures = new List<string>();
        foreach (var member in from.Workshop.Groups)
        {
            var conversationId = TurnIdentity.ConversationIdOf(member.Id);
            var binding = await repository.Store.FindConversationAsync(conversationId, cancellationToken);
            if (binding is null)
            {
                continue;
            }

            var group = new GroupInConversation(binding, from.Workshop, member.Id);
            var result = await RunAsync(activity, group, new AdvanceAll(), null, $"{TurnIdentity.DeliveryKey(activity)}:{member.Id}", cancellationToken);
            if (result.Outcome == GroupCommandOutcome.Rejected)
            {
                failures.Add($"{member.Name}: {result.RejectionReason}");
                continue;
            }

            moved++;
            if (member.Id != from.GroupId && binding.CardActivityId is { Length: > 0 } cardId && Uri.TryCreate(binding.ServiceUrl, UriKind.Absolute, out var serviceUrl))
            {
                try
                {
                    var card = GroupCard(group, result.Session, TurnIdentity.Viewer(activity), "The facilitator moved every group on.", warning: false);
                    await turn.Connector.UpdateActivityAsync(serviceUrl, conversationId, cardId, card.ToMessage(), cancellationToken);
                }
                catch (ConnectorException ex)
                {
                    // The group moved on (it is stored); only its card could not be refreshed. Say so, keep going.
                    Log.GroupCardNotUpdated(logger, member.Id, ex.StatusCode, ex);
                    failures.Add($"{member.Name}: moved on, but its card could not be updated (they can type 'status').");
                }
            }
        }

        return failures.Count == 0
            ? $"Moved {moved} {(moved == 1 ? "group" : "groups")} on."
            : $"Moved {moved} {(moved == 1 ? "group" : "groups")} on. " + string.Join(" ", failures);
    }
}
