using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Scenarios;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>Typed messages: guide commands, starts, facilitator commands, navigation and answers to the current step.</summary>
internal sealed class MessageHandler(
    GroupConversations conversations,
    RunGroupCommand commands,
    WorkshopScenarios scenarios,
    GroupCards cards,
    GroupStartHandler starts,
    FacilitatorHandler facilitator,
    WorkshopFacilitationHandler workshopFacilitation,
    DocumentsRequestHandler documents,
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
                await turn.ReplyAsync(GuideCards.Help(await scenarios.ListAsync(TurnIdentity.WorkshopId(activity), cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.ListScenarios:
                await turn.ReplyAsync(GuideCards.Scenarios(await scenarios.ListAsync(TurnIdentity.WorkshopId(activity), cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.GenerateDocuments:
                await turn.ReplyAsync(GuideCards.Notice("Documents", await documents.RequestAsync(turn, cancellationToken), warning: false).ToMessage(), cancellationToken);
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

    private async Task ShowStatusAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var group = await conversations.FindAsync(turn.Activity.Conversation?.Id, cancellationToken);
        var session = group is null ? null : await conversations.LoadSessionAsync(group, cancellationToken);
        if (group is null || session is null)
        {
            await GroupCards.ReplyNoGroupAsync(turn, cancellationToken);
            return;
        }

        await cards.PostAsync(turn, group, GroupCards.Render(group, session, TurnIdentity.Viewer(turn.Activity)), cancellationToken);
    }

    // A typed answer or command gets the group's card as a fresh reply, so it shows up where people are typing.
    private async Task RunTypedCommandAsync(TurnContext turn, GroupCommand command, CancellationToken cancellationToken)
    {
        var group = await conversations.FindAsync(turn.Activity.Conversation?.Id, cancellationToken);
        if (group is null)
        {
            await GroupCards.ReplyNoGroupAsync(turn, cancellationToken);
            return;
        }

        var result = await commands.RunAsync(group, command, TurnIdentity.Participant(turn.Activity), TurnIdentity.DeliveryKey(turn.Activity), cancellationToken: cancellationToken);
        if (result.Outcome == GroupCommandOutcome.Duplicate)
        {
            return;
        }

        await cards.PostAsync(turn, group, GroupCards.After(group, result, TurnIdentity.Viewer(turn.Activity)), cancellationToken);
    }
}
