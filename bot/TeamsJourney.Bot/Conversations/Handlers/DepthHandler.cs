using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Workshops.Depth;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// "depth" and "lanes": a facilitator sets how deep the workshop's groups go and which blueprint lanes they are
/// asked for. The reply says what changed; running groups that switched show it on their live cards.
/// </summary>
internal sealed class DepthHandler(
    ChannelWorkshops channels,
    SetWorkshopDepth setWorkshopDepth,
    SetGroupDepth setGroupDepth,
    ChooseBlueprintLanes chooseLanes,
    WorkshopDepth depth)
{
    public async Task<AdaptiveCard> OnDepthAsync(TurnContext turn, TextCommand.Depth command, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var workshopId = await channels.MeantByAsync(activity, cancellationToken);
        if (command.Level is not { } level)
        {
            return DepthCard.Render(await depth.ReadAsync(workshopId, cancellationToken), command.Problem, warning: command.Problem is not null);
        }

        var result = command.GroupName is { } groupName
            ? await setGroupDepth.SetAsync(workshopId, TurnIdentity.Participant(activity), groupName, level, TurnIdentity.ConversationIdOf, TurnIdentity.DeliveryKey(activity), cancellationToken)
            : await setWorkshopDepth.SetAsync(workshopId, TurnIdentity.Participant(activity), level, TurnIdentity.ConversationIdOf, TurnIdentity.DeliveryKey(activity), cancellationToken);
        var what = command.GroupName is { } name
            ? $"{CardText.Quote(name, 80)} works at {DepthChoice.NameOf(level)} depth"
                + (result.Groups.Count == 0 ? " when it starts (or already does)." : ".")
            : $"The workshop works at {DepthChoice.NameOf(level)} depth: groups that start from now on begin there.";
        return await ReplyAsync(turn, result, what, cancellationToken);
    }

    public async Task<AdaptiveCard> OnLanesAsync(TurnContext turn, TextCommand.Lanes command, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var workshopId = await channels.MeantByAsync(activity, cancellationToken);
        if (command.Chosen is not { } lanes)
        {
            return DepthCard.Render(await depth.ReadAsync(workshopId, cancellationToken), command.Problem, warning: command.Problem is not null);
        }

        var result = await chooseLanes.ChooseAsync(workshopId, TurnIdentity.Participant(activity), [.. lanes], TurnIdentity.ConversationIdOf, TurnIdentity.DeliveryKey(activity), cancellationToken);
        var chosen = result.Settings.BlueprintLanes ?? lanes;
        return await ReplyAsync(turn, result, $"Blueprint cards ask for {string.Join(", ", chosen.Select(LaneCatalog.Label))}.", cancellationToken);
    }

    private async Task<AdaptiveCard> ReplyAsync(TurnContext turn, DepthChangeResult result, string what, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case DepthChangeOutcome.NoWorkshop:
                return GuideCards.Notice("No workshop here yet", "Start a group first ('start {scenario}' in a thread); then the facilitator can set the depth. Groups start at MVP depth unless told otherwise.");
            case DepthChangeOutcome.NotFacilitator:
                return DepthCard.Render(result.Settings, "Only the workshop's facilitator can change the depth or the blueprint lanes.", warning: true);
            case DepthChangeOutcome.Invalid:
                return DepthCard.Render(result.Settings, result.Problem, warning: true);
        }

        var switched = new List<string>();
        var problems = new List<string>();
        foreach (var (group, outcome) in result.Groups)
        {
            if (outcome.Outcome == GroupCommandOutcome.Rejected)
            {
                problems.Add($"{group.GroupName}: {outcome.RejectionReason}");
                continue;
            }

            // The switch is a stored change of the group, so the group's live card follows it like any other change.
            switched.Add(group.GroupName);
        }

        var summary = switched.Count == 0
            ? what
            : $"{what} Switched {string.Join(", ", switched)} at the stage {(switched.Count == 1 ? "it is" : "they are")} on; what they captured stays.";
        return DepthCard.Render(result.Settings, string.Join(" ", [summary, .. problems]), warning: problems.Count > 0);
    }
}
