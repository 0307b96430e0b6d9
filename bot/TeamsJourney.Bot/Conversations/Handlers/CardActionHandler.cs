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
/// Presses on cards: Action.Execute invokes (the answer is the presser's own view of the group, shown in place;
/// everyone else sees the group's live card, updated from the stored change) and legacy Action.Submit messages.
/// Each press becomes one use case.
/// </summary>
internal sealed class CardActionHandler(
    GroupConversations conversations,
    RunGroupCommand commands,
    SaveOutdatedAnswer outdatedAnswers,
    PersonalDrafts drafts,
    GroupStartHandler starts,
    FacilitatorHandler facilitator,
    WorkshopFacilitationHandler workshopFacilitation,
    DocumentsRequestHandler documents,
    DocumentLinksHandler documentLinks,
    DataRightsHandler dataRights,
    WorkshopVoteHandler workshopVote)
{
    private const string MovedOn = "The group has moved on since this card was shown. Here is the current step; nothing was changed.";

    // Actions that are not answers to one step: they stay valid when the group has moved on.
    private static readonly HashSet<string> StepIndependentVerbs =
        [CardVerbs.GenerateDocuments, CardVerbs.Vote, CardVerbs.Unvote, CardVerbs.Rate, CardVerbs.Pause, CardVerbs.Resume, CardVerbs.AdvanceAll, CardVerbs.Refresh];

    /// <summary>Action.Execute, including the automatic refresh each member's client runs for their own view.</summary>
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

    /// <summary>
    /// A redelivered Action.Execute: the person still needs a card, so they get the current one as a read; nothing is
    /// written or sent.
    /// </summary>
    public async Task<InvokeResponse?> AnswerRedeliveryAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Link requests are reads: the person gets their links again.
        if (AdaptiveCardInvokeValue.TryParse(turn.Activity, out var action, out _) && action.Verb == CardVerbs.DocumentLinks)
        {
            return InvokeResponse.Card(await documentLinks.LinksAsync(turn.Activity, action.Data, cancellationToken));
        }

        return action?.Verb == CardVerbs.ExportLink
            ? InvokeResponse.Card(await dataRights.ExportLinkAsync(turn.Activity, action.Data, cancellationToken))
            : InvokeResponse.Card(await CurrentCardAsync(turn.Activity, cancellationToken));
    }

    /// <summary>
    /// Legacy Action.Submit: a message carrying the card's data. The pressed message is shared by the thread, so it
    /// is replaced with the group's shared card (never one person's view); a problem is replied as a notice.
    /// </summary>
    public async Task OnLegacySubmitAsync(TurnContext turn, JsonElement value, CancellationToken cancellationToken)
    {
        if (value.ValueKind != JsonValueKind.Object || JsonNode.Parse(value.GetRawText()) is not JsonObject data
            || CardActionCommands.Text(data, "verb") is not { } verb)
        {
            await turn.ReplyAsync(GuideCards.Notice("I couldn't read that card", "The card sent data I don't understand. Type 'status' to get a fresh card.").ToMessage(), cancellationToken);
            return;
        }

        var (card, problem) = await ApplyAsync(turn, verb, data, automaticRefresh: false, cancellationToken);
        var group = await conversations.FindAsync(turn.Activity.Conversation?.Id, cancellationToken);
        var session = group is null ? null : await conversations.LoadSessionAsync(group, cancellationToken);
        if (group is null || session is null || turn.Activity.ReplyToId is not { Length: > 0 } pressed)
        {
            await turn.ReplyAsync((card ?? GuideCards.Notice("I couldn't do that", problem ?? "Unknown problem.")).ToMessage(), cancellationToken);
            return;
        }

        if (problem is not null)
        {
            await turn.ReplyAsync(GuideCards.Notice("I couldn't do that", problem).ToMessage(), cancellationToken);
        }

        // The live card follows the stored change by itself; any other pressed card is brought up to date here.
        if (pressed != group.Conversation.CardActivityId)
        {
            await turn.UpdateAsync(pressed, GroupCards.Shared(group, session, await conversations.MembersAsync(group, cancellationToken)).ToMessage(), cancellationToken);
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
                ? ((await starts.StartAsync(turn, scenarioId, CardActionCommands.Text(data, CardFields.GroupName), cancellationToken)).Card ?? await CurrentCardAsync(activity, cancellationToken), null)
                : (null, "The card did not say which scenario to start.");
        }

        if (CardVerbs.Facilitator.Contains(verb))
        {
            return automaticRefresh ? (null, "The console does not refresh by itself; press Refresh.") : (await workshopFacilitation.OnCardAsync(turn, verb, data, cancellationToken), null);
        }

        if (verb == CardVerbs.DocumentLinks)
        {
            return (await documentLinks.LinksAsync(activity, data, cancellationToken), null);
        }

        if (verb == CardVerbs.ExportLink)
        {
            return (await dataRights.ExportLinkAsync(activity, data, cancellationToken), null);
        }

        if (verb == CardVerbs.DeleteWorkshop)
        {
            return (await dataRights.DeleteAsync(activity, CardActionCommands.Text(data, CardFields.WorkshopId), CardActionCommands.Text(data, CardFields.ConfirmTitle), cancellationToken), null);
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

        await conversations.RememberMemberAsync(group, viewer.TeamsUserId, cancellationToken);
        var members = await conversations.MembersAsync(group, cancellationToken);

        // Cards posted before pausing became workshop-wide still carry these buttons: they now act on every group,
        // and the summary shows only in the presser's own view (the live card follows the stored pauses).
        if (verb is CardVerbs.Pause or CardVerbs.Resume or CardVerbs.AdvanceAll && !automaticRefresh)
        {
            var action = verb == CardVerbs.Pause ? FacilitatorAction.PauseAll : verb == CardVerbs.Resume ? FacilitatorAction.ResumeAll : FacilitatorAction.AdvanceAllRetired;
            var (message, warning) = await workshopFacilitation.OnGroupCardAsync(turn, action, cancellationToken);
            return await conversations.LoadSessionAsync(group, cancellationToken) is { } current
                ? (GroupCards.Personal(group, current, viewer, members, message, warning), null)
                : (NoGroup(), null);
        }
        var conversationId = group.Conversation.ConversationId;

        // A press that becomes a facilitation command is one use case: the redelivery check, the card's step and
        // the write are all decided on the group as it stands when the press is stored.
        var cardStep = StepIndependentVerbs.Contains(verb) ? null : CardActionCommands.Text(data, CardFields.StepId);
        var isCommand = CardActionCommands.TryRead(verb, data, out var command, out var problem);
        if (isCommand && !automaticRefresh)
        {
            var participant = TurnIdentity.Participant(activity);
            var deliveryKey = TurnIdentity.DeliveryKey(activity);
            var result = await commands.RunAsync(group, command!, participant, deliveryKey, cardStep is null ? null : OutdatedFor(cardStep, viewer.UserId), cancellationToken);
            if (result.Outcome == GroupCommandOutcome.Outdated && command is Answer answer && cardStep is not null)
            {
                return (await KeepOutdatedAnswerAsync(group, cardStep, answer, participant, viewer, members, deliveryKey, cancellationToken), null);
            }

            if (result.Outcome == GroupCommandOutcome.Outdated && command is AnswerInputs inputs && cardStep is not null
                && await outdatedAnswers.SaveInputsAsync(group, cardStep, inputs, participant, deliveryKey, cancellationToken) is { } kept)
            {
                return (GroupCards.Personal(group, kept.Session, viewer, members, KeptNotice(kept.Session, cardStep), warning: false), null);
            }

            if (result.Outcome == GroupCommandOutcome.Applied && command is Answer)
            {
                drafts.Forget(conversationId, viewer.UserId);
            }

            // A redelivery (Teams retries when it did not hear back in time) is answered as the first delivery was.
            return (result.Outcome == GroupCommandOutcome.Duplicate
                ? GroupCards.Personal(group, result.Session, viewer, members, draft: drafts.Find(conversationId, viewer.UserId))
                : GroupCards.After(group, result, viewer, members), null);
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
            return (GroupCards.Personal(group, session, viewer, members, draft: drafts.Find(conversationId, viewer.UserId)), null);
        }

        if (cardStep is not null && OutdatedFor(cardStep, viewer.UserId)(session) is { } outdated)
        {
            return (GroupCards.Personal(group, session, viewer, members, outdated, warning: true), null);
        }

        if (verb == CardVerbs.GenerateDocuments)
        {
            return (GroupCards.Personal(group, session, viewer, members, await documents.RequestAsync(turn, cancellationToken), warning: false), null);
        }

        return (GroupCards.Personal(group, session, viewer, members, problem, warning: true), null);
    }

    /// <summary>
    /// The group moved on before this answer arrived. It is saved to the step it was written for when that step
    /// collects entries into a stage and lane; otherwise it is offered back in the person's answer box.
    /// </summary>
    private async Task<AdaptiveCard> KeepOutdatedAnswerAsync(
        ConversationGroup group, string cardStep, Answer answer, Workshops.People.Participant participant, CardViewer viewer, IReadOnlyList<string> members, string deliveryKey, CancellationToken cancellationToken)
    {
        var saved = await outdatedAnswers.SaveAsync(group, cardStep, answer, participant, deliveryKey, cancellationToken);
        var session = saved?.Session ?? await conversations.LoadSessionAsync(group, cancellationToken);
        if (session is null)
        {
            return NoGroup();
        }

        if (saved is not null)
        {
            return GroupCards.Personal(group, session, viewer, members, KeptNotice(session, cardStep), warning: false);
        }

        drafts.Keep(group.Conversation.ConversationId, viewer.UserId, answer.Text);
        var takesText = session.PromptFor(viewer.UserId).Kind is StepKind.PersonaField or StepKind.StageItems && !session.IsPaused && !session.IsFinished;
        var notice = takesText
            ? "The group moved on before your answer was saved. Your text is back in the box below: add it here, or change it first."
            : $"The group moved on before your answer was saved, and this step takes no text. Here is what you wrote, to use later: \"{answer.Text}\"";
        return GroupCards.Personal(group, session, viewer, members, notice, warning: true, draft: takesText ? answer.Text : null);
    }

    private static string KeptNotice(GroupSession session, string cardStep)
    {
        var stepTitle = session.Script.Steps.FirstOrDefault(s => s.Id == cardStep)?.StageName
            ?? session.Steps.FirstOrDefault(s => s.Id == cardStep)?.StageName;
        return $"The group had moved on, so your entry was saved to the step you wrote it for{(stepTitle is null ? string.Empty : $" ({stepTitle})")}. Here is the current step.";
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
            : GroupCards.Personal(group, session, TurnIdentity.Viewer(activity), await conversations.MembersAsync(group, cancellationToken));
    }
}
