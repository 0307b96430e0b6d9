using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// Typed messages: guide commands, starts, facilitator commands, navigation, undo and answers to the current step.
/// Answers and navigation change the group's one live card (updated in place, no new message); only refusals,
/// questions ("did you mean…?") and guides are replied.
/// </summary>
internal sealed class MessageHandler(
    ChannelWorkshops channels,
    GroupConversations conversations,
    RunGroupCommand commands,
    UndoLastEntry undo,
    WorkshopScenarios scenarios,
    GroupCards cards,
    GroupStartHandler starts,
    FacilitatorHandler facilitator,
    WorkshopFacilitationHandler workshopFacilitation,
    DocumentsRequestHandler documents,
    DataRightsHandler dataRights,
    WorkshopVoteHandler workshopVote,
    CardActionHandler cardActions,
    DepthHandler depth)
{
    public async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var text = activity.GetTextWithoutMention();
        if (text.Length == 0 && activity.Value is { } value)
        {
            await cardActions.OnLegacySubmitAsync(turn, value, cancellationToken);
            return;
        }

        switch (TextCommandParser.Parse(text))
        {
            case TextCommand.Help:
                await turn.ReplyAsync(GuideCards.Help(await scenarios.ListAsync(await channels.MeantByAsync(activity, cancellationToken), cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.ListScenarios:
                await turn.ReplyAsync(GuideCards.Scenarios(await scenarios.ListAsync(await channels.MeantByAsync(activity, cancellationToken), cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.GenerateDocuments:
                await turn.ReplyAsync(GuideCards.Notice("Documents", await documents.RequestAsync(turn, cancellationToken), warning: false).ToMessage(), cancellationToken);
                break;
            case TextCommand.ExportWorkshop:
                await turn.ReplyAsync((await dataRights.ExportAsync(activity, cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.DeleteWorkshop:
                await turn.ReplyAsync((await dataRights.AskToDeleteAsync(activity, cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.LoadScenario load:
                await turn.ReplyAsync((await facilitator.LoadScenarioAsync(activity, load.Json, cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.Depth depthCommand:
                await turn.ReplyAsync((await depth.OnDepthAsync(turn, depthCommand, cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.Lanes lanes:
                await turn.ReplyAsync((await depth.OnLanesAsync(turn, lanes, cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.WorkshopVote:
                await workshopVote.PostAsync(turn, cancellationToken);
                break;
            case TextCommand.Start start:
                await starts.OnTypedStartAsync(turn, start, cancellationToken);
                break;
            case TextCommand.Status:
                await ShowStatusAsync(turn, cancellationToken);
                break;
            case TextCommand.Facilitate facilitate:
                await workshopFacilitation.OnTypedAsync(turn, facilitate, cancellationToken);
                break;
            case TextCommand.Undo:
                await UndoAsync(turn, cancellationToken);
                break;
            case TextCommand.DidYouMean didYouMean:
                await AskWhatWasMeantAsync(turn, didYouMean, cancellationToken);
                break;
            case TextCommand.Navigate navigate:
                await RunTypedCommandAsync(turn, Navigation(navigate.Verb), cancellationToken);
                break;
            case TextCommand.Answer answer:
                await RunTypedCommandAsync(turn, new Answer(answer.Text), cancellationToken);
                break;
        }
    }

    private static GroupCommand Navigation(NavigationVerb verb) => verb switch
    {
        NavigationVerb.Next => new Next(),
        NavigationVerb.Back => new Back(),
        NavigationVerb.Skip => new Skip(),
        _ => new FinishStage(),
    };

    // "status" brings the group's card down to where people are typing: it is posted anew as the live card.
    private async Task ShowStatusAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (group, session) = await GroupOfAsync(turn, cancellationToken);
        if (group is null || session is null)
        {
            await GroupCards.ReplyNoGroupAsync(turn, cancellationToken);
            return;
        }

        await cards.PostLiveCardAsync(turn, group, session, cancellationToken);
    }

    private async Task UndoAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (group, _) = await GroupOfAsync(turn, cancellationToken);
        if (group is null)
        {
            await GroupCards.ReplyNoGroupAsync(turn, cancellationToken);
            return;
        }

        var result = await undo.UndoAsync(group, TurnIdentity.Participant(turn.Activity), TurnIdentity.DeliveryKey(turn.Activity), cancellationToken);
        if (result.Result?.Outcome == GroupCommandOutcome.Duplicate)
        {
            return;
        }

        var notice = result.Removed
            ? GuideCards.Notice("Undone", $"Removed your entry \"{result.RemovedText}\". The group's card is up to date.", warning: false)
            : GuideCards.Notice("Nothing to undo", result.Result?.RejectionReason ?? "You have no entries on this group's map to remove.");
        await turn.ReplyAsync(notice.ToMessage(), cancellationToken);
    }

    // Nothing is saved: the person says what they meant with one press.
    private async Task AskWhatWasMeantAsync(TurnContext turn, TextCommand.DidYouMean didYouMean, CancellationToken cancellationToken)
    {
        var (group, session) = await GroupOfAsync(turn, cancellationToken);
        var prompt = session?.PromptFor(TurnIdentity.UserId(turn.Activity));
        await turn.ReplyAsync(GuideCards.DidYouMean(didYouMean, group?.WorkshopId, group?.GroupId, prompt).ToMessage(), cancellationToken);
    }

    // A typed answer or step changes the group's live card in place (the stored change updates it for everyone).
    private async Task RunTypedCommandAsync(TurnContext turn, GroupCommand command, CancellationToken cancellationToken)
    {
        var group = await conversations.FindAsync(turn.Activity.Conversation?.Id, cancellationToken);
        if (group is null)
        {
            await GroupCards.ReplyNoGroupAsync(turn, cancellationToken);
            return;
        }

        await conversations.RememberMemberAsync(group, TurnIdentity.Viewer(turn.Activity).TeamsUserId, cancellationToken);
        var result = await commands.RunAsync(group, command, TurnIdentity.Participant(turn.Activity), TurnIdentity.DeliveryKey(turn.Activity), cancellationToken: cancellationToken);
        switch (result.Outcome)
        {
            case GroupCommandOutcome.Duplicate:
                return;
            case GroupCommandOutcome.Rejected or GroupCommandOutcome.Outdated:
                await turn.ReplyAsync(GuideCards.Notice("Not saved", result.RejectionReason ?? "That could not be done now.").ToMessage(), cancellationToken);
                return;
            default:
                if (group.Conversation.CardActivityId is null)
                {
                    // A group from before live cards: its first change posts the card that stays live from now on.
                    await cards.PostLiveCardAsync(turn, group, result.Session, cancellationToken);
                }

                return;
        }
    }

    private async Task<(ConversationGroup? Group, Domain.Facilitation.GroupSession? Session)> GroupOfAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var group = await conversations.FindAsync(turn.Activity.Conversation?.Id, cancellationToken);
        if (group is not null)
        {
            await conversations.RememberMemberAsync(group, TurnIdentity.Viewer(turn.Activity).TeamsUserId, cancellationToken);
        }

        return (group, group is null ? null : await conversations.LoadSessionAsync(group, cancellationToken));
    }
}
