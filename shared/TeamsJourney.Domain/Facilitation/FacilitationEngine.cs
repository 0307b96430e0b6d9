using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;

namespace TeamsJourney.Domain.Facilitation;

/// <summary>
/// The facilitation state machine of one group: command in, events and the next prompt out.
/// Pure and deterministic (time and ids come from the <see cref="CommandContext"/>), it never
/// throws for a bad command: the command is rejected with a reason and no events.
/// </summary>
/// <remarks>
/// The bot (a) replays the group's stored events into a <see cref="GroupSession"/>, (b) calls
/// <see cref="Decide"/>, (c) appends <see cref="Accepted.Events"/>, (d) renders the prompt.
/// </remarks>
public static partial class FacilitationEngine
{
    /// <summary>Decides what a command does to a group.</summary>
    public static Decision Decide(GroupSession state, GroupCommand command, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(context.Actor);
        var userId = context.Actor.UserId ?? string.Empty;
        try
        {
            var stamp = new Stamp(
                new EventActor(Identifier.Require(context.Actor.UserId, "user id"), TextAnswer.Require(context.Actor.DisplayName, "display name", 200)),
                context.Now);
            var plan = Gate(state, command, context.Actor) ?? PlanFor(state, command, context, stamp);
            if (plan.Reason is not null)
            {
                return new Rejected(plan.Reason, state.PromptFor(userId));
            }

            // Applying here enforces every rule that lives with the data (limits, links, dots),
            // and guarantees that what is accepted can always be replayed.
            var next = state.ApplyAll(plan.Events);
            return new Accepted(plan.Events, next.PromptFor(userId), next);
        }
        catch (DomainValidationException ex)
        {
            return new Rejected(ex.Message, state.PromptFor(userId));
        }
    }

    private static Plan? Gate(GroupSession state, GroupCommand command, CommandActor actor)
    {
        if (command is Start)
        {
            return state.IsStarted ? Plan.Reject("This group has already started.") : null;
        }

        if (!state.IsStarted)
        {
            return Plan.Reject("This group has not started yet; start it first.");
        }

        if (command is Pause or Resume or AdvanceAll or MoveToPhase && !actor.IsFacilitator)
        {
            return Plan.Reject("Only the facilitator can pause, resume or move groups on.");
        }

        if (command is ChooseDepth && !actor.IsFacilitator)
        {
            return Plan.Reject("Only the facilitator can change a group's depth or blueprint lanes.");
        }

        if (state.IsFinished && command is not (ItemEditCommand or AddItem))
        {
            return Plan.Reject("This group has finished the scenario; the map can still be tidied up in the tab.");
        }

        return command switch
        {
            Pause when state.IsPaused => Plan.Reject("The group is already paused."),
            Resume when !state.IsPaused => Plan.Reject("The group is not paused."),
            Resume or AdvanceAll or MoveToPhase or ChooseDepth => null,
            _ when state.IsPaused => Plan.Reject("The facilitator has paused this group; please wait until they resume it."),
            _ => null,
        };
    }

    private static Plan PlanFor(GroupSession state, GroupCommand command, CommandContext context, Stamp stamp) => command switch
    {
        Start c => PlanStart(state, c, stamp),
        Next => PlanNext(state, stamp),
        Back => PlanBack(state, stamp),
        Skip => PlanSkip(state, stamp),
        FinishStage => Plan.Emit(MoveToNextSection(state, StepMoveReason.StageFinished, stamp)),
        AdvanceAll => Plan.Emit(MoveToNextSection(state, StepMoveReason.AdvancedByFacilitator, stamp)),
        MoveToPhase c => PlanMoveToPhase(state, c, stamp),
        Pause => Plan.Emit(new GroupPaused { Actor = stamp.Actor, OccurredAt = stamp.At }),
        Resume => Plan.Emit(new GroupResumed { Actor = stamp.Actor, OccurredAt = stamp.At }),
        Answer c => PlanAnswer(state, c, context, stamp),
        ScoreEmotion c => PlanScoreEmotion(state, c, stamp),
        ProposeInitiative c => PlanProposal(c, context, stamp),
        Vote c => PlanVote(state, c, stamp),
        Unvote c => PlanUnvote(state, c, stamp),
        RateInitiative c => PlanRating(state, c, stamp),
        ItemEditCommand c => PlanEdit(state, c, stamp),
        AddItem c => PlanAdd(c, context, stamp),
        AnswerInputs c => PlanInputs(state, c, context, stamp),
        ChooseDepth c => PlanDepth(state, c, stamp),
        _ => Plan.Reject($"The command {command.GetType().Name} is not supported."),
    };

    /// <summary>Who and when, stamped on every event of one decision.</summary>
    private readonly record struct Stamp(EventActor Actor, DateTimeOffset At);

    /// <summary>Either the events to emit or the reason for refusing.</summary>
    private readonly record struct Plan(IReadOnlyList<GroupEvent> Events, string? Reason)
    {
        public static Plan Emit(params GroupEvent[] events) => new(events, null);

        public static Plan Emit(IReadOnlyList<GroupEvent> events) => new(events, null);

        public static Plan Reject(string reason) => new([], reason);
    }
}
