using TeamsJourney.Bot.Documents;
using TeamsJourney.Bot.Hosting;
using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// The workshop bot: turns Teams activities into facilitation commands for the group that lives in
/// the activity's conversation, and answers with the group's card.
/// </summary>
internal sealed partial class WorkshopBot(
    WorkshopRepository repository,
    DocumentJobQueue documentJobs,
    PublicUrls publicUrls,
    TimeProvider time,
    ILogger<WorkshopBot> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            return await DispatchAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is ConcurrencyException or StorageLimitException)
        {
            // Nothing was stored; the person can simply try again (or shorten what they typed).
            var notice = GuideCards.Notice(
                ex is ConcurrencyException ? "Busy moment" : "Too long to save",
                ex is ConcurrencyException
                    ? "Lots of people changed this group at the same moment and your change could not be saved. Please press again."
                    : ex.Message + " Nothing was saved; please shorten it and try again.");
            if (turn.Activity.Type == ActivityTypes.Invoke)
            {
                return InvokeResponse.Card(notice);
            }

            await turn.ReplyAsync(notice.ToMessage(), cancellationToken);
            return null;
        }
    }

    private Task<InvokeResponse?> DispatchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        return turn.Activity.Type switch
        {
            ActivityTypes.Message => WithoutInvokeResponse(OnMessageAsync(turn, cancellationToken)),
            ActivityTypes.Invoke when turn.Activity.Name == InvokeNames.AdaptiveCardAction => OnCardActionAsync(turn, cancellationToken),
            ActivityTypes.ConversationUpdate => WithoutInvokeResponse(OnConversationUpdateAsync(turn, cancellationToken)),
            ActivityTypes.InstallationUpdate => WithoutInvokeResponse(OnInstallationUpdateAsync(turn, cancellationToken)),

            // Edits and deletions of chat messages are not new answers; other types are not ours.
            _ => Task.FromResult<InvokeResponse?>(null),
        };
    }

    private static async Task<InvokeResponse?> WithoutInvokeResponse(Task work)
    {
        await work;
        return null;
    }
}
