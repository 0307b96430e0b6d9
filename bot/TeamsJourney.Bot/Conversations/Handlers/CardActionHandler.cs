using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// Presses on cards: Action.Execute invokes (the answer IS the invoke response, shown in place) and legacy
/// Action.Submit messages (the card is replaced with PUT). Each press becomes one use case.
/// </summary>
internal sealed class CardActionHandler(
    GroupConversations conversations,
    RunGroupCommand commands,
    GroupStartHandler starts,
    FacilitatorHandler facilitator,
    WorkshopFacilitationHandler workshopFacilitation,
    DocumentsRequestHandler documents,
    WorkshopVoteHandler workshopVote)
{
    private const string MovedOn = "The group has moved on since this card was shown. Here is the current step; nothing was changed.";

    // Actions that are not answers to one step: they stay valid when the group has moved on.
    private static readonly HashSet<string> StepIndependentVerbs =
        [CardVerbs.GenerateDocuments, CardVerbs.Vote, CardVerbs.Unvote, CardVerbs.Rate, CardVerbs.Pause, CardVerbs.Resume, CardVerbs.AdvanceAll, CardVerbs.Refresh];

    /// <summary>Action.Execute.</summary>
    public async Task<InvokeResponse?> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!AdaptiveCardInvokeValue.TryParse(turn.Activity, out var action, out var error))
        {
            return InvokeResponse.Error(400, "BadRequest", error);
        }

        if (WorkshopVoteHandler.Handles(action.Verb))
        {
            return InvokeResponse.Card(await workshopVote.OnPressAsync(turn, action.Verb, action.Data, cancellationToken));
        }

        var card = await ApplyAsync(turn, action.Verb, action.Data, action.IsAutomaticRefresh, cancellationToken);
        return card.Error is { } message ? InvokeResponse.Error(400, "BadRequest", message) : InvokeResponse.Card(card.Card!);
    }

    /// <summary>Legacy Action.Submit: a message carrying the card's data; the card is replaced with PUT.</summary>
    public async Task OnLegacySubmitAsync(TurnContext turn, JsonElement value, CancellationToken cancellationToken)
    {
        if (value.ValueKind != JsonValueKind.Object || JsonNode.Parse(value.GetRawText()) is not JsonObject data
            || CardActionCommands.Text(data, "verb") is not { } verb)
        {
            await turn.ReplyAsync(GuideCards.Notice("I couldn't read that card", "The card sent data I don't understand. Type 'status' to get a fresh card.").ToMessage(), cancellationToken);
            return;
        }

        var (card, problem) = await ApplyAsync(turn, verb, data, automaticRefresh: false, cancellationToken);
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
    private async Task<(AdaptiveCard? Card, string? Error)> ApplyAsync(TurnContext turn, string verb, JsonObject data, bool automaticRefresh, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var viewer = TurnIdentity.Viewer(activity);
        if (verb == CardVerbs.Start)
        {
            return CardActionCommands.Text(data, CardFields.ScenarioId) is { } scenarioId
                ? ((await starts.StartAsync(activity, scenarioId, null, cancellationToken)).Card ?? await CurrentCardAsync(activity, cancellationToken), null)
                : (null, "The card did not say which scenario to start.");
        }

        if (CardVerbs.Facilitator.Contains(verb))
        {
            return automaticRefresh ? (null, "The console does not refresh by itself; press Refresh.") : (await workshopFacilitation.OnCardAsync(turn, verb, data, cancellationToken), null);
        }

        // Cards posted before pausing became workshop-wide still carry these buttons: they now act on every group.
        if (verb is CardVerbs.Pause or CardVerbs.Resume or CardVerbs.AdvanceAll && !automaticRefresh)
        {
            var action = verb == CardVerbs.Pause ? FacilitatorAction.PauseAll : verb == CardVerbs.Resume ? FacilitatorAction.ResumeAll : FacilitatorAction.AdvanceAllRetired;
            await workshopFacilitation.OnTypedAsync(turn, new TextCommand.Facilitate(action), cancellationToken);
            return (await CurrentCardAsync(activity, cancellationToken), null);
        }

        if (verb == CardVerbs.LoadScenario)
        {
            return (await facilitator.LoadScenarioAsync(activity, CardActionCommands.Text(data, CardFields.ScenarioJson), cancellationToken), null);
        }

        var group = await conversations.FindAsync(activity.Conversation?.Id, cancellationToken);
        if (group is null)
        {
            return (NoGroup(), null);
        }

        if (CardActionCommands.Text(data, CardFields.GroupId) is { } cardGroup && cardGroup != group.GroupId)
        {
            return (null, "This card belongs to another group.");
        }

        // A press that becomes a facilitation command is one use case: the redelivery check, the card's step and
        // the write are all decided on the group as it stands when the press is stored.
        var cardStep = StepIndependentVerbs.Contains(verb) ? null : CardActionCommands.Text(data, CardFields.StepId);
        var isCommand = CardActionCommands.TryRead(verb, data, out var command, out var problem);
        if (isCommand && !automaticRefresh)
        {
            var result = await commands.RunAsync(
                group, command!, TurnIdentity.Participant(activity), TurnIdentity.DeliveryKey(activity), cardStep is null ? null : OutdatedFor(cardStep, viewer.UserId), cancellationToken);
            if (activity.ReplyToId is { Length: > 0 } cardId && cardId != group.Conversation.CardActivityId)
            {
                group = await conversations.RememberCardAsync(group, cardId, activity.ServiceUrl, cancellationToken);
            }

            // A redelivery (Teams retries when it did not hear back in time) is answered as the first delivery was.
            return (result.Outcome == GroupCommandOutcome.Duplicate ? GroupCards.Render(group, result.Session, viewer, personal: true) : GroupCards.After(group, result, viewer), null);
        }

        var session = await conversations.LoadSessionAsync(group, cancellationToken);
        if (session is null)
        {
            return (NoGroup(), null);
        }

        // Teams fetches a person's own view of a card on its own (and a redelivery is answered as the first
        // delivery was): neither may change anything.
        if (verb == CardVerbs.Refresh || automaticRefresh
            || await conversations.WasDeliveredAsync(group.WorkshopId, TurnIdentity.DeliveryKey(activity), cancellationToken))
        {
            return (GroupCards.Render(group, session, viewer, personal: true), null);
        }

        if (cardStep is not null && OutdatedFor(cardStep, viewer.UserId)(session) is { } outdated)
        {
            return (GroupCards.Render(group, session, viewer, outdated, warning: true, personal: true), null);
        }

        if (verb == CardVerbs.GenerateDocuments)
        {
            return (GroupCards.Render(group, session, viewer, await documents.RequestAsync(turn, cancellationToken), warning: false, personal: true), null);
        }

        return (GroupCards.Render(group, session, viewer, problem, warning: true, personal: true), null);
    }

    private static AdaptiveCard NoGroup() =>
        GuideCards.Notice("No group here", "This card belongs to a group that is not running in this conversation. Type 'scenarios' to start one.");

    private static Func<GroupSession, string?> OutdatedFor(string cardStep, string userId) =>
        session => session.PromptFor(userId).StepId == cardStep ? null : MovedOn;

    private async Task<AdaptiveCard> CurrentCardAsync(Activity activity, CancellationToken cancellationToken)
    {
        var group = await conversations.FindAsync(activity.Conversation?.Id, cancellationToken);
        var session = group is null ? null : await conversations.LoadSessionAsync(group, cancellationToken);
        return group is null || session is null
            ? GuideCards.Scenarios([.. BuiltInScenarios.All])
            : GroupCards.Render(group, session, TurnIdentity.Viewer(activity), personal: true);
    }
}
