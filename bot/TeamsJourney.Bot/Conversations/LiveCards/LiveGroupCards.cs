using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Conversations.LiveCards;

/// <summary>
/// Keeps each group's one live card message showing the group as it stands, for everyone in the thread: every
/// change queues an update through the outbox, which coalesces changes in a short window into one PUT rendered
/// from the newest state and keeps the thread within Teams' send limits.
/// </summary>
internal sealed class LiveGroupCards(GroupConversations conversations, ConversationOutbox outbox)
{
    /// <summary>Queues an update of the group's live card; false at once when the group has none (yet).</summary>
    public Task<bool> RefreshAsync(ConversationGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Conversation.CardActivityId is not { Length: > 0 } cardId
            || !Uri.TryCreate(group.Conversation.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return Task.FromResult(false);
        }

        var conversationId = group.Conversation.ConversationId;
        return outbox.QueueUpdate(serviceUrl, conversationId, cardId, cancellationToken => RenderAsync(conversationId, cardId, cancellationToken));
    }

    /// <summary>Turns a card that is no longer the live one into a short pointer to the current card below.</summary>
    public void Retire(ConversationGroup group, string oldCardId)
    {
        if (!Uri.TryCreate(group.Conversation.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return;
        }

        var pointer = GuideCards.Notice("This card has moved", "The group's current card is further down this thread.", warning: false).ToMessage();
        _ = outbox.QueueUpdate(serviceUrl, group.Conversation.ConversationId, oldCardId, _ => Task.FromResult<Activity?>(pointer));
    }

    // Rendered when the update goes out, so it shows the newest state; a card that stopped being live gets nothing.
    private async Task<Activity?> RenderAsync(string conversationId, string cardId, CancellationToken cancellationToken)
    {
        var group = await conversations.FindAsync(conversationId, cancellationToken);
        if (group is null || group.Conversation.CardActivityId != cardId)
        {
            return null;
        }

        var session = await conversations.LoadSessionAsync(group, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var card = GroupCards.Shared(group, session, await conversations.MembersAsync(group, cancellationToken)).ToMessage();
        card.Id = cardId;
        return card;
    }
}
