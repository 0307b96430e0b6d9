using TeamsJourney.Bot.Facilitation;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Conversations.LiveCards;

/// <summary>Turns each stored group change into an update of that group's live card and of the workshop's progress card.</summary>
internal sealed class LiveCardUpdater(
    GroupCardChanges changes, GroupConversations conversations, LiveGroupCards live, LiveProgressCard progress, ILogger<LiveCardUpdater> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in changes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // A group is one conversation; its id spells the conversation id (see TurnIdentity.GroupId).
                if (TurnIdentity.TryConversationIdOf(change.GroupId) is { } conversationId
                    && await conversations.FindAsync(conversationId, stoppingToken) is { } group
                    && group.WorkshopId == change.WorkshopId)
                {
                    // Delivery is the outbox's concern (it logs what it could not send); this loop only queues.
                    _ = live.RefreshAsync(group);
                }

                // The facilitator's progress card shows every group's step and items: it follows too (coalesced).
                await progress.RefreshAsync(change.WorkshopId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The change is stored; only the card missed it, and the group's next change brings it up to date.
                Log.LiveCardNotQueued(logger, change.GroupId, ex);
            }
        }
    }
}
