using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Conversations.Handlers;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Concurrency;

namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// The workshop bot: hands each Teams activity to the handler of its concern (people joining, typed messages,
/// card actions) and maps the application layer's "busy" and "too big" outcomes to a friendly card, once.
/// </summary>
internal sealed class WorkshopBot(MembershipHandler membership, MessageHandler messages, CardActionHandler cardActions) : IActivityHandler
{
    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            return await DispatchAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is WorkshopBusyException or EntryTooLargeException)
        {
            // Nothing was stored; the person can simply try again (or shorten what they typed).
            var notice = ex is WorkshopBusyException
                ? GuideCards.Notice("Busy moment", "Lots of people changed this group at the same moment and your change could not be saved. Please press again.")
                : GuideCards.Notice("Too long to save", ex.Message + " Nothing was saved; please shorten it and try again.");
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
