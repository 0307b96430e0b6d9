using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// The bot joining or leaving a team or chat: it introduces itself once; a removal from a team puts the team's
/// workshops under the uninstall retention (Workshops:UninstalledRetentionDays), and adding it back keeps them.
/// </summary>
internal sealed class MembershipHandler(ChannelWorkshops channels, WorkshopScenarios scenarios, TeamInstallations installations, ILogger<MembershipHandler> logger)
{
    /// <summary>When the bot itself joins a team or chat, it introduces itself; when it is removed from a team, the retention policy applies.</summary>
    public async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        if (botId is not null && turn.Activity.MembersAdded?.Any(m => m?.Id == botId) == true)
        {
            await AppAddedAsync(turn.Activity, cancellationToken);
            await turn.SendAsync(GuideCards.Welcome(await scenarios.ListAsync(await channels.MeantByAsync(turn.Activity, cancellationToken), cancellationToken)).ToMessage(), cancellationToken);
        }

        if (botId is not null && turn.Activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await AppRemovedAsync(turn.Activity, cancellationToken);
        }
    }

    public Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // An install also brings a conversationUpdate that adds the bot, which posts the welcome: welcoming here too
        // posted it twice.
        if (turn.Activity.Action is InstallationActions.Add or InstallationActions.AddUpgrade)
        {
            return AppAddedAsync(turn.Activity, cancellationToken);
        }

        // On removal the bot can no longer post here; it only ever answers inbound activities, so there is nothing
        // to cancel. The team's workshops stay for the uninstall retention period, then the retention sweep deletes them.
        Log.BotRemoved(logger, turn.Activity.Conversation?.Id);
        return AppRemovedAsync(turn.Activity, cancellationToken);
    }

    private Task AppRemovedAsync(Activity activity, CancellationToken cancellationToken) =>
        TurnIdentity.Place(activity) is { TeamId: { Length: > 0 } team } place
            ? installations.AppRemovedAsync(place.TenantId, team, TurnIdentity.Participant(activity), cancellationToken)
            : Task.CompletedTask;

    private Task AppAddedAsync(Activity activity, CancellationToken cancellationToken) =>
        TurnIdentity.Place(activity) is { TeamId: { Length: > 0 } team } place
            ? installations.AppAddedAsync(place.TenantId, team, TurnIdentity.Participant(activity), cancellationToken)
            : Task.CompletedTask;
}
