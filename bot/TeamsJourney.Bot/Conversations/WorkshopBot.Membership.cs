using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.Bot.Conversations;

internal sealed partial class WorkshopBot
{
    /// <summary>When the bot itself joins a team or chat, it introduces itself once.</summary>
    private async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        if (botId is not null && turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            await turn.SendAsync(GuideCards.Welcome(await ScenariosAsync(turn.Activity, cancellationToken)).ToMessage(), cancellationToken);
        }
    }

    private async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Action is InstallationActions.Add or InstallationActions.AddUpgrade)
        {
            await turn.SendAsync(GuideCards.Welcome(await ScenariosAsync(turn.Activity, cancellationToken)).ToMessage(), cancellationToken);
            return;
        }

        // On removal the bot can no longer post here; it only ever answers inbound activities,
        // so there is nothing to cancel. The workshop's data stays for the tab and the documents.
        Log.BotRemoved(logger, turn.Activity.Conversation?.Id);
    }
}
