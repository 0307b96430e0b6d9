using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Conversations;

internal sealed partial class WorkshopBot
{
    // Actions that are not answers to one step: they stay valid when the group has moved on.
    private static readonly HashSet<string> StepIndependentVerbs =
        [CardVerbs.GenerateDocuments, CardVerbs.Vote, CardVerbs.Unvote, CardVerbs.Rate, CardVerbs.Pause, CardVerbs.Resume, CardVerbs.AdvanceAll, CardVerbs.Refresh];

    /// <summary>Action.Execute: the answer IS the invoke response, and Teams shows the returned card in place.</summary>
    private async Task<InvokeResponse?> OnCardActionAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!AdaptiveCardInvokeValue.TryParse(turn.Activity, out var action, out var error))
        {
            return InvokeResponse.Error(400, "BadRequest", error);
        }

        var card = await ApplyCardActionAsync(turn, action.Verb, action.Data, action.IsAutomaticRefresh, cancellationToken);
        return card.Error is { } message ? InvokeResponse.Error(400, "BadRequest", message) : InvokeResponse.Card(card.Card!);
    }

    /// <summary>Legacy Action.Submit: a message carrying the card's data; the card is replaced with PUT.</summary>
    private async Task OnLegacySubmitAsync(TurnContext turn, JsonElement value, CancellationToken cancellationToken)
    {
        if (value.ValueKind != JsonValueKind.Object || JsonNode.Parse(value.GetRawText()) is not JsonObject data
            || CardActionCommands.Text(data, "verb") is not { } verb)
        {
            await turn.ReplyAsync(GuideCards.Notice("I couldn't read that card", "The card sent data I don't understand. Type 'status' to get a fresh card.").ToMessage(), cancellationToken);
            return;
        }

        var (card, problem) = await ApplyCardActionAsync(turn, verb, data, automaticRefresh: false, cancellationToken);
        var reply = card ?? GuideCards.Notice("I couldn't do that", problem ?? "Unknown problem.");
        if (turn.Activity.ReplyToId is { Length: > 0 } cardActivityId)
        {
            await turn.UpdateAsync(cardActivityId, reply.ToMessage(), cancellationToken);
        }
        else
        {
            await turn.ReplyAsync(reply.ToMessage(), cancellationToken);
        }
    }

    /// <summary>Carries out a card action and returns the card to show the person who acted, or a problem to report.</summary>
    private async Task<(AdaptiveCard? Card, string? Error)> ApplyCardActionAsync(TurnContext turn, string verb, JsonObject data, bool automaticRefresh, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var userId = TurnIdentity.UserId(activity);
        if (verb == CardVerbs.Start)
        {
            return CardActionCommands.Text(data, CardFields.ScenarioId) is { } scenarioId
                ? ((await StartGroupAsync(activity, scenarioId, null, cancellationToken)).Card ?? await CurrentCardAsync(activity, userId, cancellationToken), null)
                : (null, "The card did not say which scenario to start.");
        }

        if (verb == CardVerbs.LoadScenario)
        {
            return (await LoadScenarioAsync(activity, CardActionCommands.Text(data, CardFields.ScenarioJson), cancellationToken), null);
        }

        var group = await FindGroupAsync(activity, cancellationToken);
        var session = group is null ? null : await repository.LoadGroupAsync(group.WorkshopId, group.GroupId, cancellationToken);
        if (group is null || session is null)
        {
            return (GuideCards.Notice("No group here", "This card belongs to a group that is not running in this conversation. Type 'scenarios' to start one."), null);
        }

        if (CardActionCommands.Text(data, CardFields.GroupId) is { } cardGroup && cardGroup != group.GroupId)
        {
            return (null, "This card belongs to another group.");
        }

        // Teams fetches a person's own view of a card on its own: that must never change anything.
        if (verb == CardVerbs.Refresh || automaticRefresh)
        {
            return (GroupCard(group, session, TurnIdentity.Viewer(activity), personal: true), null);
        }

        // A redelivery (Teams retries when it did not hear back in time) is answered as the first delivery was.
        if (await repository.Store.HasProcessedAsync(group.WorkshopId, TurnIdentity.DeliveryKey(activity), cancellationToken))
        {
            return (GroupCard(group, session, TurnIdentity.Viewer(activity), personal: true), null);
        }

        var currentStep = session.PromptFor(userId).StepId;
        if (!StepIndependentVerbs.Contains(verb) && CardActionCommands.Text(data, CardFields.StepId) is { } cardStep && cardStep != currentStep)
        {
            return (GroupCard(group, session, TurnIdentity.Viewer(activity), "The group has moved on since this card was shown. Here is the current step; nothing was changed.", warning: true, personal: true), null);
        }

        if (verb == CardVerbs.GenerateDocuments)
        {
            return (GroupCard(group, session, TurnIdentity.Viewer(activity), await RequestDocumentsAsync(turn, cancellationToken), warning: false, personal: true), null);
        }

        if (!CardActionCommands.TryRead(verb, data, out var command, out var problem))
        {
            return (GroupCard(group, session, TurnIdentity.Viewer(activity), problem, warning: true, personal: true), null);
        }

        if (command is AdvanceAll)
        {
            var notice = await AdvanceAllGroupsAsync(turn, group, cancellationToken);
            var advanced = await repository.LoadGroupAsync(group.WorkshopId, group.GroupId, cancellationToken) ?? session;
            return (GroupCard(group, advanced, TurnIdentity.Viewer(activity), notice, warning: false, personal: true), null);
        }

        var result = await RunAsync(activity, group, command, null, TurnIdentity.DeliveryKey(activity), cancellationToken);
        if (activity.ReplyToId is { Length: > 0 } cardId && cardId != group.Binding.CardActivityId)
        {
            await repository.Store.SaveConversationAsync(group.Binding with { CardActivityId = cardId }, cancellationToken);
        }

        return (CardFor(group, result, TurnIdentity.Viewer(activity)), null);
    }

    private async Task<AdaptiveCard> CurrentCardAsync(Activity activity, string userId, CancellationToken cancellationToken)
    {
        var group = await FindGroupAsync(activity, cancellationToken);
        var session = group is null ? null : await repository.LoadGroupAsync(group.WorkshopId, group.GroupId, cancellationToken);
        return group is null || session is null
            ? GuideCards.Scenarios([.. BuiltInScenarios.All])
            : GroupCard(group, session, TurnIdentity.Viewer(activity), personal: true);
    }
}
