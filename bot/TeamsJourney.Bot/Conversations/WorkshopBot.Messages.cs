using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Bot.Conversations;

internal sealed partial class WorkshopBot
{
    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var text = activity.GetTextWithoutMention();
        if (text.Length == 0 && activity.Value is { } value)
        {
            await OnLegacySubmitAsync(turn, value, cancellationToken);
            return;
        }

        switch (TextCommandParser.Parse(text))
        {
            case TextCommand.Help:
                await turn.ReplyAsync(GuideCards.Help(await ScenariosAsync(activity, cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.ListScenarios:
                await turn.ReplyAsync(GuideCards.Scenarios(await ScenariosAsync(activity, cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.GenerateDocuments:
                await turn.ReplyAsync(GuideCards.Notice("Documents", await RequestDocumentsAsync(turn, cancellationToken), warning: false).ToMessage(), cancellationToken);
                break;
            case TextCommand.LoadScenario load:
                await turn.ReplyAsync((await LoadScenarioAsync(activity, load.Json, cancellationToken)).ToMessage(), cancellationToken);
                break;
            case TextCommand.Start start:
                await StartGroupByMessageAsync(turn, start, cancellationToken);
                break;
            case TextCommand.Status:
                await ShowStatusAsync(turn, cancellationToken);
                break;
            case TextCommand.Navigate { Verb: NavigationVerb.AdvanceAll }:
                await AdvanceAllByMessageAsync(turn, cancellationToken);
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
        NavigationVerb.FinishStage => new FinishStage(),
        NavigationVerb.Pause => new Pause(),
        NavigationVerb.Resume => new Resume(),
        _ => new AdvanceAll(),
    };

    private async Task ShowStatusAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var group = await FindGroupAsync(turn.Activity, cancellationToken);
        var session = group is null ? null : await repository.LoadGroupAsync(group.WorkshopId, group.GroupId, cancellationToken);
        if (group is null || session is null)
        {
            await ReplyNoGroupAsync(turn, cancellationToken);
            return;
        }

        await PostGroupCardAsync(turn, group, GroupCard(group, session, TurnIdentity.Viewer(turn.Activity)), cancellationToken);
    }

    // A typed answer or command gets the group's card as a fresh reply, so it shows up where people are typing.
    private async Task RunTypedCommandAsync(TurnContext turn, GroupCommand command, CancellationToken cancellationToken)
    {
        var group = await FindGroupAsync(turn.Activity, cancellationToken);
        if (group is null)
        {
            await ReplyNoGroupAsync(turn, cancellationToken);
            return;
        }

        var result = await RunAsync(turn.Activity, group, command, null, TurnIdentity.DeliveryKey(turn.Activity), cancellationToken);
        if (result.Outcome == GroupCommandOutcome.Duplicate)
        {
            return;
        }

        await PostGroupCardAsync(turn, group, CardFor(group, result, TurnIdentity.Viewer(turn.Activity)), cancellationToken);
    }

    private async Task ReplyNoGroupAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await turn.ReplyAsync(
            GuideCards.Notice(
                "No group here yet",
                "This conversation is not a workshop group yet. Type 'scenarios' to see what you can work on, then 'start <scenario>'.").ToMessage(),
            cancellationToken);
}
