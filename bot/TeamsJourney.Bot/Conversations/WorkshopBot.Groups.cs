using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Bot.Conversations;

internal sealed partial class WorkshopBot
{
    private async Task<GroupInConversation?> FindGroupAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        var binding = await repository.Store.FindConversationAsync(conversationId, cancellationToken);
        if (binding is null)
        {
            return null;
        }

        var workshop = await repository.LoadWorkshopAsync(binding.WorkshopId, cancellationToken);
        return workshop is null ? null : new GroupInConversation(binding, workshop.Workshop, TurnIdentity.GroupId(conversationId));
    }

    private Task<GroupCommandResult> RunAsync(Activity activity, GroupInConversation group, GroupCommand command, ScenarioScript? scriptIfNew, string deliveryKey, CancellationToken cancellationToken)
    {
        var userId = TurnIdentity.UserId(activity);
        var context = CommandContext.Create(TurnIdentity.Actor(activity, group.Workshop.IsFacilitator(userId)), time.GetUtcNow());
        return repository.ExecuteAsync(group.WorkshopId, group.GroupId, scriptIfNew, command, context, deliveryKey, cancellationToken);
    }

    /// <summary>The group's card as <paramref name="viewer"/> sees it; a personal view also shows their own dots.</summary>
    private static AdaptiveCard GroupCard(GroupInConversation group, GroupSession session, CardViewer viewer, string? notice = null, bool warning = false, bool personal = false)
    {
        var context = new GroupCardContext(
            group.WorkshopId,
            group.GroupId,
            session.Script.Title,
            session.GroupName ?? group.GroupName,
            group.Workshop.IsFacilitator(viewer.UserId),
            notice,
            warning,
            personal ? viewer.TeamsUserId : null);
        return PromptCard.Render(session.PromptFor(viewer.UserId), context);
    }

    private static AdaptiveCard CardFor(GroupInConversation group, GroupCommandResult result, CardViewer viewer) =>
        result.Outcome == GroupCommandOutcome.Rejected
            ? GroupCard(group, result.Session, viewer, result.RejectionReason, warning: true, personal: true)
            : GroupCard(group, result.Session, viewer, personal: true);

    /// <summary>Posts the group's card as a new reply and remembers it as the card to update from now on.</summary>
    private async Task PostGroupCardAsync(TurnContext turn, GroupInConversation group, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var sent = await turn.ReplyAsync(card.ToMessage(), cancellationToken);
        await repository.Store.SaveConversationAsync(group.Binding with { CardActivityId = sent.Id, ServiceUrl = turn.Activity.ServiceUrl ?? group.Binding.ServiceUrl }, cancellationToken);
    }

    private async Task<IReadOnlyList<ScenarioScript>> ScenariosAsync(Activity activity, CancellationToken cancellationToken)
    {
        var workshopId = TurnIdentity.WorkshopId(activity);
        var custom = await repository.Store.GetWorkshopAsync(workshopId, cancellationToken) is null
            ? []
            : await repository.ListCustomScenariosAsync(workshopId, cancellationToken);
        return [.. BuiltInScenarios.All, .. custom];
    }
}
