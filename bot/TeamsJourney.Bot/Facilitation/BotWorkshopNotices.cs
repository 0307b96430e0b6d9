using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Conversations;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Facilitation;

/// <summary>
/// Carries the facilitation use cases' news into Teams through the <see cref="ConversationOutbox"/> (every send keeps
/// to Teams' 7 per second and 60 per 30 seconds per thread): notices are posted in every group's thread, and the
/// progress card in the facilitator's thread is updated in place through a coalesced queued update (or posted once).
/// Group cards are not touched here: a facilitator's move, pause or resume is a stored group change, so each group's
/// live card follows it through the live card observer like any other change. A thread that cannot be reached is
/// logged and skipped: the others still hear.
/// </summary>
internal sealed partial class BotWorkshopNotices(
    ConversationOutbox outbox, ChannelWorkshops channels, WorkshopScenarios scenarios, ILogger<BotWorkshopNotices> logger) : IWorkshopNotices
{
    /// <summary>
    /// Nothing to send: the moved groups' live cards are updated by <see cref="Conversations.LiveCards.GroupCardChanges"/>
    /// from the stored changes themselves, so a second PUT here would only spend the threads' send budget.
    /// </summary>
    public Task GroupsChangedAsync(IReadOnlyList<GroupMoved> groups, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return Task.CompletedTask;
    }

    public async Task TellGroupsAsync(IReadOnlyList<ConversationGroup> groups, GroupNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(notice);
        var message = GuideCards.Notice(notice.Title, notice.Text, warning: false).ToMessage();
        foreach (var group in groups)
        {
            if (ServiceUrl(group.Conversation) is { } serviceUrl)
            {
                await TryAsync(group.Conversation.ConversationId, () => outbox.SendAsync(serviceUrl, group.Conversation.ConversationId, message, cancellationToken));
            }
        }
    }

    public async Task ProgressChangedAsync(WorkshopProgressReport progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (await channels.FacilitatorThreadAsync(progress.WorkshopId, progress.FacilitatorConversationId, cancellationToken) is not { } thread
            || ServiceUrl(thread) is not { } serviceUrl
            || await channels.FindAsync(progress.WorkshopId, cancellationToken) is not { } workshop)
        {
            return;
        }

        var card = ProgressCard.Render(progress, workshop, await scenarios.ListAsync(workshop.Id, cancellationToken)).ToMessage();
        if (thread.CardActivityId is { Length: > 0 } cardId)
        {
            // Coalesced: a burst of actions and time box ticks becomes one PUT showing the newest progress. The outbox
            // logs an update it could not deliver; the facilitator's next action or Refresh sends it again.
            _ = outbox.QueueUpdate(serviceUrl, thread.ConversationId, cardId, _ => Task.FromResult<Activity?>(card));
            return;
        }

        if (await TryAsync(thread.ConversationId, () => outbox.SendAsync(serviceUrl, thread.ConversationId, card, cancellationToken)) is { Id: { Length: > 0 } sentId })
        {
            await channels.SaveFacilitatorThreadAsync(workshop.Id, thread with { CardActivityId = sentId }, cancellationToken);
        }
    }

    private static Uri? ServiceUrl(GroupConversation conversation) =>
        Uri.TryCreate(conversation.ServiceUrl, UriKind.Absolute, out var url) ? url : null;

    private async Task<ResourceResponse?> TryAsync(string conversationId, Func<Task<ResourceResponse>> send)
    {
        try
        {
            return await send();
        }
        catch (ConnectorException ex)
        {
            LogNotDelivered(logger, conversationId, ex.StatusCode, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A facilitation message to conversation {ConversationId} was not delivered (Connector answered {StatusCode}); the other threads still get theirs.")]
    private static partial void LogNotDelivered(ILogger logger, string conversationId, System.Net.HttpStatusCode? statusCode, Exception exception);
}
