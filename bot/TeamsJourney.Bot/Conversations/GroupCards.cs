using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Conversations.LiveCards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// Renders a group's card: the shared card everyone in the thread sees (the group's one live message), and each
/// person's own view of it (their dots, their draft, a facilitator's controls), fetched through the card's refresh.
/// </summary>
internal sealed class GroupCards(GroupConversations conversations, LiveGroupCards live)
{
    // Renders the step with nobody's dots: no real user has this id.
    private const string NobodyInParticular = "shared-view";

    /// <summary>
    /// The group's shared card: no personal dots and no facilitator controls, and a refresh for the group's recent
    /// members so each of their clients fetches their own view.
    /// </summary>
    public static AdaptiveCard Shared(ConversationGroup group, GroupSession session, IReadOnlyList<string> members) =>
        PromptCard.Render(session.PromptFor(NobodyInParticular), Context(group, session, facilitator: false) with { RefreshFor = members });

    /// <summary>The card as <paramref name="viewer"/> sees it: their dots and draft, and a facilitator's controls.</summary>
    public static AdaptiveCard Personal(
        ConversationGroup group, GroupSession session, CardViewer viewer, IReadOnlyList<string> members, string? notice = null, bool warning = false, string? draft = null) =>
        PromptCard.Render(
            session.PromptFor(viewer.UserId),
            Context(group, session, group.Workshop.IsFacilitator(viewer.UserId)) with
            {
                Notice = notice,
                NoticeIsWarning = warning,
                PersonalViewFor = viewer.TeamsUserId,
                RefreshFor = members,
                Draft = draft,
            });

    /// <summary>The viewer's card after a command: the refusal reason on top when the engine refused (or the card was outdated).</summary>
    public static AdaptiveCard After(ConversationGroup group, GroupCommandResult result, CardViewer viewer, IReadOnlyList<string> members) =>
        result.Outcome is GroupCommandOutcome.Rejected or GroupCommandOutcome.Outdated
            ? Personal(group, result.Session, viewer, members, result.RejectionReason, warning: true)
            : Personal(group, result.Session, viewer, members);

    /// <summary>
    /// Posts the group's shared card as a new reply and makes it the group's one live card; an earlier live card is
    /// turned into a pointer to the new one, so the thread never shows two cards that look current.
    /// </summary>
    public async Task PostLiveCardAsync(TurnContext turn, ConversationGroup group, GroupSession session, CancellationToken cancellationToken)
    {
        var members = await conversations.MembersAsync(group, cancellationToken);
        var sent = await turn.ReplyAsync(Shared(group, session, members).ToMessage(), cancellationToken);
        var earlier = group.Conversation.CardActivityId;
        var moved = await conversations.RememberCardAsync(group, sent.Id, turn.Activity.ServiceUrl, cancellationToken);
        if (earlier is { Length: > 0 } && earlier != sent.Id)
        {
            live.Retire(moved, earlier);
        }
    }

    /// <summary>Tells the person this conversation is not a group yet, and how to start one.</summary>
    public static Task ReplyNoGroupAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.ReplyAsync(
            GuideCards.Notice(
                "No group here yet",
                "This conversation is not a workshop group yet. Type 'scenarios' to see what you can work on, then 'start {scenario}'.").ToMessage(),
            cancellationToken);

    private static GroupCardContext Context(ConversationGroup group, GroupSession session, bool facilitator) => new(
        group.WorkshopId,
        group.GroupId,
        session.Script.Title,
        session.GroupName ?? group.GroupName,
        facilitator);
}
