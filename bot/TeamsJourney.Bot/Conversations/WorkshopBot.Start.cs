using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Bot.Conversations;

internal sealed partial class WorkshopBot
{
    private async Task StartGroupByMessageAsync(TurnContext turn, TextCommand.Start start, CancellationToken cancellationToken)
    {
        var (card, group) = await StartGroupAsync(turn.Activity, start.ScenarioId, start.GroupName, cancellationToken);
        if (card is null)
        {
            return;
        }

        if (group is null)
        {
            await turn.ReplyAsync(card.ToMessage(), cancellationToken);
            return;
        }

        await PostGroupCardAsync(turn, group, card, cancellationToken);
    }

    /// <summary>
    /// Makes this conversation a group on the scenario: the channel's (or chat's) workshop is created on
    /// first use with the starter as facilitator, the group is added to it, and the engine starts it.
    /// Returns the card to show (null for a redelivered start) and the group, when there is one.
    /// </summary>
    private async Task<(AdaptiveCard? Card, GroupInConversation? Group)> StartGroupAsync(Activity activity, string scenarioId, string? groupName, CancellationToken cancellationToken)
    {
        var workshopId = TurnIdentity.WorkshopId(activity);
        var script = await repository.Store.GetWorkshopAsync(workshopId, cancellationToken) is null
            ? BuiltInScenarios.TryGet(scenarioId, out var builtIn) ? builtIn : null
            : await repository.FindScenarioAsync(workshopId, scenarioId, null, cancellationToken);
        if (script is null)
        {
            var known = string.Join(", ", (await ScenariosAsync(activity, cancellationToken)).Select(s => s.Id));
            return (GuideCards.Notice("Unknown scenario", $"I don't have a scenario called '{scenarioId}'. Try one of: {known}."), null);
        }

        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        var groupId = TurnIdentity.GroupId(conversationId);
        var userId = TurnIdentity.UserId(activity);
        await EnsureWorkshopAsync(activity, workshopId, script, cancellationToken);
        var workshop = await repository.UpdateWorkshopAsync(
            workshopId,
            w =>
            {
                if (w.FindGroup(groupId) is null)
                {
                    w.AddGroup(groupId, UniqueGroupName(w, groupName), script.Id);
                }

                if (w.Facilitators.Count == 0)
                {
                    w.AddFacilitator(userId);
                }
            },
            time.GetUtcNow(),
            cancellationToken);

        var binding = await repository.Store.FindConversationAsync(conversationId, cancellationToken)
            ?? new ConversationBinding(conversationId, workshopId, WorkshopStreams.ForGroup(groupId), activity.ServiceUrl ?? string.Empty, null, TurnIdentity.TenantId(activity));
        var group = new GroupInConversation(binding, workshop.Workshop, groupId);
        await repository.Store.SaveConversationAsync(binding, cancellationToken);

        var result = await RunAsync(activity, group, new Start(group.GroupName), script, TurnIdentity.DeliveryKey(activity), cancellationToken);
        return result.Outcome switch
        {
            GroupCommandOutcome.Duplicate => (null, group),
            _ => (CardFor(group, result, TurnIdentity.Viewer(activity)), group),
        };
    }

    private async Task EnsureWorkshopAsync(Activity activity, string workshopId, ScenarioScript script, CancellationToken cancellationToken)
    {
        if (await repository.Store.GetWorkshopAsync(workshopId, cancellationToken) is not null)
        {
            return;
        }

        var channelData = activity.GetTeamsChannelData();
        var location = channelData?.Channel?.Id is { Length: > 0 } channelId && channelData.Team?.Id is { Length: > 0 } teamId
            ? new TeamsLocation(TurnIdentity.TenantId(activity), teamId, channelId)
            : new TeamsLocation(TurnIdentity.TenantId(activity));
        var title = channelData?.Channel?.Name is { Length: > 0 } channelName ? $"{script.Title} — {channelName}" : script.Title;
        var workshop = Workshop.Create(workshopId, title[..Math.Min(title.Length, Workshop.MaxTitleLength)], location, script.Objectives, script.Stakeholders);
        workshop.AddFacilitator(TurnIdentity.UserId(activity));

        // False means another delivery created it a moment ago, which is just as good.
        await repository.CreateWorkshopAsync(workshop, time.GetUtcNow(), cancellationToken);
    }

    private static string UniqueGroupName(Workshop workshop, string? requested)
    {
        if (requested is { Length: > 0 } && workshop.Groups.All(g => g.Name != requested))
        {
            return requested[..Math.Min(requested.Length, Workshop.MaxTitleLength)];
        }

        var number = workshop.Groups.Count + 1;
        while (workshop.Groups.Any(g => g.Name == $"Group {number}"))
        {
            number++;
        }

        return $"Group {number}";
    }
}
