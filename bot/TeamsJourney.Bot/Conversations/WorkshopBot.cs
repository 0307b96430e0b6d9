using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Conversations.Handlers;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Domain.Common;
using TeamsJourney.Workshops.Concurrency;
using TeamsJourney.Workshops.Deliveries;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// The workshop bot: recognises a redelivered activity once for every kind (it changes nothing and sends nothing),
/// hands each new activity to the handler of its concern (people joining, typed messages, card actions) and maps the
/// application layer's "busy", "too big", "not valid" and "deleted meanwhile" outcomes to a friendly card, once.
/// </summary>
internal sealed class WorkshopBot(
    InboundDeliveries deliveries,
    MembershipHandler membership,
    MessageHandler messages,
    CardActionHandler cardActions,
    IHostApplicationLifetime lifetime,
    ILogger<WorkshopBot> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var conversationId = activity.Conversation?.Id;
        if (await deliveries.BeginAsync(conversationId, activity.Id, cancellationToken) == DeliveryStart.Redelivery)
        {
            Log.RedeliveryIgnored(logger, activity.Type, activity.Id, conversationId);
            return await AnswerRedeliveryAsync(turn, cancellationToken);
        }

        // A claimed activity is handled to the end even when the channel stops waiting for the answer (Teams gives
        // up after about 15 s and redelivers): cancelling half way through an export or a documents request would
        // leave its effects without its reply, and give the claim back so the redelivery did the work again.
        // Only the host shutting down stops it.
        InvokeResponse? response;
        try
        {
            response = await HandleOnceAsync(turn, lifetime.ApplicationStopping);
        }
        catch (ConnectorException)
        {
            // The work was done; only the message about it could not be delivered. Handling the redelivery afresh
            // would do the work again (a second export, a second documents job), so the delivery counts as handled.
            await deliveries.CompleteAsync(conversationId, activity.Id, CancellationToken.None);
            throw;
        }
        catch
        {
            // Not handled to the end: the channel's retry of this activity must be handled afresh. Not cancellable,
            // so a turn stopped by the shutdown still gives its claim up.
            await deliveries.ReleaseAsync(conversationId, activity.Id, CancellationToken.None);
            throw;
        }

        await deliveries.CompleteAsync(conversationId, activity.Id, CancellationToken.None);
        return response;
    }

    // The channel redelivers when it did not hear back in time; an invoke still needs an answer, so it gets the card
    // as it stands (a read, nothing written or sent). Other kinds get nothing.
    private Task<InvokeResponse?> AnswerRedeliveryAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Type == ActivityTypes.Invoke && turn.Activity.Name == InvokeNames.AdaptiveCardAction
            ? cardActions.AnswerRedeliveryAsync(turn, cancellationToken)
            : Task.FromResult<InvokeResponse?>(null);

    private async Task<InvokeResponse?> HandleOnceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            return await DispatchAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is WorkshopBusyException or EntryTooLargeException or DomainValidationException or WorkshopDeletedException or GroupNotStartedException)
        {
            // Nothing was stored; the person can simply try again (or shorten or correct what they sent).
            var notice = ex switch
            {
                WorkshopBusyException => GuideCards.Notice("Busy moment", "Lots of people changed this group at the same moment and your change could not be saved. Please press again."),
                EntryTooLargeException => GuideCards.Notice("Too long to save", ex.Message + " Nothing was saved; please shorten it and try again."),
                GroupNotStartedException => GuideCards.Notice("This group is still starting", "Its start has not been saved yet, so nothing was changed. Please try again in a moment; if it still says this, start the group again."),
                WorkshopDeletedException => GuideCards.Notice("This workshop was deleted", "A facilitator (or the retention policy) deleted this workshop, so nothing was saved. Type \u201Cscenarios\u201D to start a new one."),
                _ => GuideCards.Notice("I couldn't do that", ex.Message + " Nothing was changed."),
            };
            if (turn.Activity.Type == ActivityTypes.Invoke)
            {
                return InvokeResponse.Card(notice);
            }

            await turn.ReplyAsync(notice.ToMessage(), cancellationToken);
            return null;
        }
    }

    private Task<InvokeResponse?> DispatchAsync(TurnContext turn, CancellationToken cancellationToken) => turn.Activity.Type switch
    {
        ActivityTypes.Message => WithoutInvokeResponse(messages.OnMessageAsync(turn, cancellationToken)),
        ActivityTypes.Invoke when turn.Activity.Name == InvokeNames.AdaptiveCardAction => cardActions.OnInvokeAsync(turn, cancellationToken),
        ActivityTypes.ConversationUpdate => WithoutInvokeResponse(membership.OnConversationUpdateAsync(turn, cancellationToken)),
        ActivityTypes.InstallationUpdate => WithoutInvokeResponse(membership.OnInstallationUpdateAsync(turn, cancellationToken)),

        // Edits and deletions of chat messages are not new answers; other types are not ours.
        _ => Task.FromResult<InvokeResponse?>(null),
    };

    private static async Task<InvokeResponse?> WithoutInvokeResponse(Task work)
    {
        await work;
        return null;
    }
}
