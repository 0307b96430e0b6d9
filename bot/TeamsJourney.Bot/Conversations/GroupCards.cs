using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Conversations;

/// <summary>Renders a group's card for one viewer and posts it as the group's card in its conversation.</summary>
internal sealed class GroupCards(GroupConversations conversations)
{
    /// <summary>The group's card as <paramref name="viewer"/> sees it; a personal view also shows their own dots.</summary>
    public static AdaptiveCard Render(ConversationGroup group, GroupSession session, CardViewer viewer, string? notice = null, bool warning = false, bool personal = false)
    {
        var context = new GroupCardContext(
            group.WorkshopId,
            group.GroupId,
            session.Script.Title,
            session.GroupName ?? group.GroupName,
            group.Workshop.IsFacilitator(viewer.UserId),
            notice,
            warning,
            personal ? viewer.TeamsUserId : null);
        return PromptCard.Render(session.PromptFor(viewer.UserId), context);
    }

    /// <summary>The card after a command: the refusal reason on top when the engine refused (or the card was outdated).</summary>
    public static AdaptiveCard After(ConversationGroup group, GroupCommandResult result, CardViewer viewer) =>
        result.Outcome is GroupCommandOutcome.Rejected or GroupCommandOutcome.Outdated
            ? Render(group, result.Session, viewer, result.RejectionReason, warning: true, personal: true)
            : Render(group, result.Session, viewer, personal: true);

    /// <summary>Posts the group's card as a new reply and remembers it as the card to update from now on.</summary>
    public async Task PostAsync(TurnContext turn, ConversationGroup group, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var sent = await turn.ReplyAsync(card.ToMessage(), cancellationToken);
        await conversations.RememberCardAsync(group, sent.Id, turn.Activity.ServiceUrl, cancellationToken);
    }

    /// <summary>Tells the person this conversation is not a group yet, and how to start one.</summary>
    public static Task ReplyNoGroupAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.ReplyAsync(
            GuideCards.Notice(
                "No group here yet",
                "This conversation is not a workshop group yet. Type 'scenarios' to see what you can work on, then 'start {scenario}'.").ToMessage(),
            cancellationToken);
}
