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
/// Carries the facilitation use cases' news into Teams through the Connector: each moved group's live card is
/// updated in place for everyone (rendered for no one in particular, so it never shows facilitator controls),
/// notices are posted in every group's thread, and the progress card in the facilitator's thread is updated in
/// place (or posted once). One message per group thread per action keeps far inside Teams' 7 per second and 60 per
/// 30 seconds per thread. A thread that cannot be reached is logged and skipped: the others still hear.
/// </summary>
internal sealed partial class BotWorkshopNotices(
    IServiceScopeFactory scopes, ChannelWorkshops channels, WorkshopScenarios scenarios, ILogger<BotWorkshopNotices> logger) : IWorkshopNotices
{
    /// <summary>The viewer a shared card is rendered for: nobody's own dots, no facilitator controls.</summary>
    internal static readonly CardViewer Everyone = new("everyone", "everyone");

    public async Task GroupsChangedAsync(IReadOnlyList<GroupMoved> groups, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groups);
        await using var scope = scopes.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
        foreach (var (group, result) in groups)
        {
            if (group.Conversation.CardActivityId is { Length: > 0 } cardId && ServiceUrl(group.Conversation) is { } serviceUrl)
            {
                var card = GroupCards.Render(group, result.Session, Everyone, note, warning: false);
                await TryAsync(group.Conversation.ConversationId, () => connector.UpdateActivityAsync(serviceUrl, group.Conversation.ConversationId, cardId, card.ToMessage(), cancellationToken));
            }
        }
    }

    public async Task TellGroupsAsync(IReadOnlyList<ConversationGroup> groups, GroupNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(notice);
        await using var scope = scopes.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
        var message = GuideCards.Notice(notice.Title, notice.Text, warning: false).ToMessage();
        foreach (var group in groups)
        {
            if (ServiceUrl(group.Conversation) is { } serviceUrl)
            {
                await TryAsync(group.Conversation.ConversationId, () => connector.SendToConversationAsync(serviceUrl, group.Conversation.ConversationId, message, cancellationToken));
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
        await using var scope = scopes.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
        if (thread.CardActivityId is { Length: > 0 } cardId)
        {
            await TryAsync(thread.ConversationId, () => connector.UpdateActivityAsync(serviceUrl, thread.ConversationId, cardId, card, cancellationToken));
            return;
        }

        if (await TryAsync(thread.ConversationId, () => connector.SendToConversationAsync(serviceUrl, thread.ConversationId, card, cancellationToken)) is { Id: { Length: > 0 } sentId })
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
