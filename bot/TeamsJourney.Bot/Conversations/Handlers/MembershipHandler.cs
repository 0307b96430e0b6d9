using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Scenarios;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>The bot joining or leaving a team or chat: it introduces itself once, and notes a removal.</summary>
internal sealed class MembershipHandler(WorkshopScenarios scenarios, ILogger<MembershipHandler> logger)
{
    /// <summary>When the bot itself joins a team or chat, it introduces itself.</summary>
    public async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        if (botId is not null && turn.Activity.MembersAdded?.Any(m => m?.Id == botId) == true)
        {
            await turn.SendAsync(GuideCards.Welcome(await scenarios.ListAsync(TurnIdentity.WorkshopId(turn.Activity), cancellationToken)).ToMessage(), cancellationToken);
        }
    }

    public Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // An install also brings a conversationUpdate that adds the bot, which posts the welcome: welcoming here too
        // posted it twice.
        if (turn.Activity.Action is InstallationActions.Add or InstallationActions.AddUpgrade)
        {
            return Task.CompletedTask;
        }

        // On removal the bot can no longer post here; it only ever answers inbound activities,
        // so there is nothing to cancel. The workshop's data stays for the tab and the documents.
        Log.BotRemoved(logger, turn.Activity.Conversation?.Id);
        return Task.CompletedTask;
    }
}
