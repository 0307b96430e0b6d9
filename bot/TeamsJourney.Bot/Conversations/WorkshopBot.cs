using TeamsJourney.Bot.Documents;
using TeamsJourney.Bot.Hosting;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
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
    public Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
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
