using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// The facilitator's side, typed or pressed on the console card: set up a workshop, move every group to a phase,
/// pause and resume all, extend the time box, lock the map, message every group, invite co-facilitators. It only
/// translates: the use cases decide, and the notices they raise update the groups' cards and the console.
/// </summary>
internal sealed class WorkshopFacilitationHandler(
    ChannelWorkshops channels,
    GroupConversations groups,
    SetUpWorkshop setUp,
    FacilitateWorkshop facilitate,
    WorkshopProgress progress,
    ClaimFacilitatorInvitation invitations,
    WorkshopScenarios scenarios)
{
    /// <summary>A typed facilitator command; the answer goes back into the conversation it was typed in.</summary>
    public async Task OnTypedAsync(TurnContext turn, TextCommand.Facilitate command, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (command.Action == FacilitatorAction.NewWorkshop)
        {
            var place = TurnIdentity.Place(activity);
            var card = place.ChannelId is null
                ? GuideCards.Notice("New workshop", "Workshops are set up in a team channel: type 'new workshop' in the channel its groups will use.")
                : WorkshopSetupCard.Render(await scenarios.ListAsync(place.WorkshopId, cancellationToken), title: command.Argument);
            await turn.ReplyAsync(card.ToMessage(), cancellationToken);
            return;
        }

        if (command.Action == FacilitatorAction.AdvanceAllRetired)
        {
            await turn.ReplyAsync(GuideCards.Notice("Move all to a phase", "'advance all' is now 'move all to {phase}': persona, journey, blueprint, ideas or voting.").ToMessage(), cancellationToken);
            return;
        }

        var (workshop, refusal) = await FacilitatedWorkshopAsync(activity, cancellationToken);
        if (workshop is null)
        {
            await turn.ReplyAsync(GuideCards.Notice("Facilitators only", refusal!).ToMessage(), cancellationToken);
            return;
        }

        if (command.Action == FacilitatorAction.Progress)
        {
            await PostConsoleAsync(turn, workshop, null, cancellationToken);
            return;
        }

        var result = await RunAsync(activity, workshop, command.Action, command.Argument, cancellationToken);
        await turn.ReplyAsync(GuideCards.Notice(result.Title, result.Message, result.Warning).ToMessage(), cancellationToken);
    }

    /// <summary>
    /// Pause, Resume or Advance all pressed on a group's card posted before these became workshop-wide: the action
    /// runs for every group and the summary goes back only to the presser's own view, never into the group's thread.
    /// </summary>
    public async Task<(string Message, bool Warning)> OnGroupCardAsync(TurnContext turn, FacilitatorAction action, CancellationToken cancellationToken)
    {
        if (action == FacilitatorAction.AdvanceAllRetired)
        {
            return ("'advance all' is now 'move all to {phase}': persona, journey, blueprint, ideas or voting.", true);
        }

        var (workshop, refusal) = await FacilitatedWorkshopAsync(turn.Activity, cancellationToken);
        if (workshop is null)
        {
            return (refusal!, true);
        }

        var result = await RunAsync(turn.Activity, workshop, action, null, cancellationToken);
        return (result.Message, result.Warning);
    }

    /// <summary>A press on the setup form or the console card: the answer is the console as the presser should see it.</summary>
    public async Task<AdaptiveCard> OnCardAsync(TurnContext turn, string verb, JsonObject data, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (verb == CardVerbs.SaveWorkshop)
        {
            return await SaveAsync(activity, data, cancellationToken);
        }

        var (workshop, refusal) = await FacilitatedWorkshopAsync(activity, cancellationToken);
        if (workshop is null)
        {
            return GuideCards.Notice("Facilitators only", refusal!);
        }

        var (action, argument) = verb switch
        {
            CardVerbs.MoveAll => (FacilitatorAction.MoveAll, CardActionCommands.Text(data, CardFields.Phase)),
            CardVerbs.PauseAll => (FacilitatorAction.PauseAll, null),
            CardVerbs.ResumeAll => (FacilitatorAction.ResumeAll, null),
            CardVerbs.Extend => (FacilitatorAction.Extend, CardActionCommands.Text(data, CardFields.Minutes)),
            CardVerbs.LockMap => (FacilitatorAction.LockMap, null),
            CardVerbs.UnlockMap => (FacilitatorAction.UnlockMap, null),
            CardVerbs.Broadcast => (FacilitatorAction.Broadcast, CardActionCommands.Text(data, CardFields.Message)),
            _ => (FacilitatorAction.Progress, null),
        };
        if (action == FacilitatorAction.Progress)
        {
            return await ConsoleAsync(workshop.Id, null, false, cancellationToken);
        }

        var result = await RunAsync(activity, workshop, action, argument, cancellationToken);
        return await ConsoleAsync(workshop.Id, result.Message, result.Warning, cancellationToken);
    }

    private async Task<AdaptiveCard> SaveAsync(Activity activity, JsonObject data, CancellationToken cancellationToken)
    {
        var place = TurnIdentity.Place(activity);
        var known = await scenarios.ListAsync(place.WorkshopId, cancellationToken);
        var (draft, problem) = WorkshopSetupForm.Read(data);
        if (draft is null)
        {
            return WorkshopSetupCard.Render(known, problem: problem, title: CardActionCommands.Text(data, CardFields.Title));
        }

        // The form's message is the workshop's identity (pressing twice changes one workshop) and becomes its console.
        var formId = activity.ReplyToId is { Length: > 0 } replyTo ? replyTo : activity.Id ?? throw new InvalidOperationException("The press has no card id.");
        var thread = TurnIdentity.Conversation(activity) with { CardActivityId = activity.ReplyToId };
        var saved = await setUp.SaveAsync(new SetUpWorkshopRequest(place, formId, TurnIdentity.Participant(activity), thread, draft), cancellationToken);
        if (saved.Outcome is SetUpOutcome.Created or SetUpOutcome.Updated)
        {
            // Everyone else in the thread still sees the form until its message is updated.
            await facilitate.RefreshProgressAsync(saved.Workshop!.Id, cancellationToken);
        }
        return saved.Outcome switch
        {
            SetUpOutcome.Invalid => WorkshopSetupCard.Render(known, saved.Workshop, draft.Title, saved.Problem),
            SetUpOutcome.NotFacilitator => GuideCards.Notice("Facilitators only", saved.Problem!),
            SetUpOutcome.Created => await ConsoleAsync(saved.Workshop!.Id, $"Workshop created. Groups start in their own threads of this channel with 'start'{(draft.Setup.ScenarioId is { } s ? $" (or 'start {s}')" : string.Empty)}.", false, cancellationToken),
            _ => await ConsoleAsync(saved.Workshop!.Id, "Setup saved.", false, cancellationToken),
        };
    }

    private async Task<(string Title, string Message, bool Warning)> RunAsync(
        Activity activity, Workshop workshop, FacilitatorAction action, string? argument, CancellationToken cancellationToken)
    {
        var facilitator = TurnIdentity.Participant(activity);
        var key = TurnIdentity.DeliveryKey(activity);
        FacilitationResult result;
        switch (action)
        {
            case FacilitatorAction.MoveAll:
                if (!WorkshopPhases.TryParse(argument, out var phase))
                {
                    return ("Move all to which phase?", $"{(argument is null ? "Say which phase" : $"'{argument}' is not a phase")}: persona, journey, blueprint, ideas or voting. For example: move all to ideas.", true);
                }

                result = await facilitate.MoveAllToPhaseAsync(workshop.Id, facilitator, phase, key, cancellationToken);
                break;
            case FacilitatorAction.PauseAll:
                result = await facilitate.PauseAllAsync(workshop.Id, facilitator, key, cancellationToken);
                break;
            case FacilitatorAction.ResumeAll:
                result = await facilitate.ResumeAllAsync(workshop.Id, facilitator, key, cancellationToken);
                break;
            case FacilitatorAction.Extend when FacilitatorCommandParser.Minutes(argument) is not { } minutes:
                return ("Extend by how much?", $"Say the minutes as a whole number, e.g. 'extend 5', not '{argument}'.", true);
            case FacilitatorAction.Extend:
                result = await facilitate.ExtendTimeBoxAsync(workshop.Id, facilitator, TimeSpan.FromMinutes(FacilitatorCommandParser.Minutes(argument)!.Value), cancellationToken);
                break;
            case FacilitatorAction.LockMap or FacilitatorAction.UnlockMap:
                result = await facilitate.SetMapLockedAsync(workshop.Id, facilitator, action == FacilitatorAction.LockMap, cancellationToken);
                break;
            case FacilitatorAction.Broadcast when string.IsNullOrWhiteSpace(argument):
                return ("Message every group", "Write the message after the command, e.g. 'broadcast Five minutes to go, then we vote'.", true);
            case FacilitatorAction.Broadcast:
                result = await facilitate.BroadcastAsync(workshop.Id, facilitator, argument!, cancellationToken);
                break;
            case FacilitatorAction.AddFacilitator:
                return await InviteAsync(activity, workshop, cancellationToken);
            default:
                return ("Unknown", "I don't know that facilitator command. Type 'help' to see them.", true);
        }

        return (result.Outcome == FacilitationOutcome.Done ? "Done" : "Not done", result.Message, result.Outcome != FacilitationOutcome.Done);
    }

    private async Task<(string Title, string Message, bool Warning)> InviteAsync(Activity activity, Workshop workshop, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        var invited = activity.GetMentions()
            .Where(m => m.Mentioned.Id is { Length: > 0 } id && !string.Equals(id, botId, StringComparison.OrdinalIgnoreCase))
            .Select(m => (m.Mentioned.Id!, m.Mentioned.Name ?? "someone"))
            .ToList();
        if (invited.Count == 0)
        {
            return ("Add a facilitator", "Mention the people to invite, e.g. 'add facilitator @Sam Lee'.", true);
        }

        await setUp.InviteAsync(workshop.Id, TurnIdentity.Participant(activity), [.. invited.Select(i => i.Item1)], cancellationToken);
        return ("Facilitators invited", $"{string.Join(", ", invited.Select(i => i.Item2))} can now run this workshop too.", false);
    }

    /// <summary>The workshop this conversation means, when the sender runs it; otherwise why not.</summary>
    private async Task<(Workshop? Workshop, string? Refusal)> FacilitatedWorkshopAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        var workshop = await channels.OfFacilitatorThreadAsync(conversationId, cancellationToken)
            ?? (await groups.FindAsync(conversationId, cancellationToken))?.Workshop
            ?? await channels.FindAsync((await channels.CurrentAsync(TurnIdentity.Place(activity), cancellationToken)).WorkshopId, cancellationToken);
        if (workshop is null)
        {
            return (null, "There is no workshop here yet: type 'new workshop' to set one up.");
        }

        var person = TurnIdentity.Participant(activity);
        return workshop.IsFacilitator(person.UserId)
            || (activity.From?.Id is { Length: > 0 } chatId && await invitations.ClaimAsync(workshop.Id, chatId, person, cancellationToken))
            ? (workshop, null)
            : (null, "Only the workshop's facilitators can do that.");
    }

    private async Task<AdaptiveCard> ConsoleAsync(string workshopId, string? notice, bool warning, CancellationToken cancellationToken)
    {
        var workshop = await channels.FindAsync(workshopId, cancellationToken) ?? throw new InvalidOperationException($"Workshop {workshopId} vanished.");
        var report = await progress.ReadAsync(workshopId, cancellationToken) ?? throw new InvalidOperationException($"Workshop {workshopId} vanished.");
        return ProgressCard.Render(report, workshop, await scenarios.ListAsync(workshopId, cancellationToken), notice, warning);
    }

    // "progress" typed: a fresh console; in the facilitator's thread it becomes the card kept up to date.
    private async Task PostConsoleAsync(TurnContext turn, Workshop workshop, string? notice, CancellationToken cancellationToken)
    {
        var card = await ConsoleAsync(workshop.Id, notice, false, cancellationToken);
        var sent = await turn.ReplyAsync(card.ToMessage(), cancellationToken);
        if (workshop.FacilitatorConversationId == turn.Activity.Conversation?.Id)
        {
            await channels.SaveFacilitatorThreadAsync(workshop.Id, TurnIdentity.Conversation(turn.Activity) with { CardActivityId = sent.Id }, cancellationToken);
        }
    }
}
