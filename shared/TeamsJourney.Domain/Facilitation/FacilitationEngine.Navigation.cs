using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Facilitation;

public static partial class FacilitationEngine
{
    private static Plan PlanStart(GroupSession state, Start command, Stamp stamp) => Plan.Emit(new GroupStarted
    {
        Actor = stamp.Actor,
        OccurredAt = stamp.At,
        GroupName = TextAnswer.Require(command.GroupName, "group name", 200),
        ScenarioId = state.Script.Id,
        ScenarioVersion = state.Script.Version,
        StepId = state.Script.StepsFor(command.Depth ?? DepthChoice.Full)[0].Id,
        Depth = command.Depth?.Depth,
        BlueprintLanes = command.Depth?.BlueprintLanes,
    });

    private static Plan PlanNext(GroupSession state, Stamp stamp)
    {
        var step = state.CurrentStep;
        return HasAnswer(state, step)
            ? Plan.Emit(MoveForward(state, StepMoveReason.Next, stamp))
            : Plan.Reject($"Nothing has been captured for {step.Captures.ToLowerInvariant()} yet: add an answer, or choose Skip.");
    }

    private static Plan PlanBack(GroupSession state, Stamp stamp) => state.StepIndex == 0
        ? Plan.Reject("This is the first step; there is nothing to go back to.")
        : Plan.Emit(MoveTo(state, state.Steps[state.StepIndex - 1], StepMoveReason.Back, stamp));

    private static Plan PlanSkip(GroupSession state, Stamp stamp) => state.CurrentStep.CanSkip
        ? Plan.Emit(MoveForward(state, StepMoveReason.Skipped, stamp))
        : Plan.Reject("The review cannot be skipped; choose Done to finish.");

    private static Plan PlanMoveToPhase(GroupSession state, MoveToPhase command, Stamp stamp)
    {
        if (Workshops.WorkshopPhases.Of(state.CurrentStep) == command.Phase)
        {
            return Plan.Emit(Array.Empty<GroupEvent>());
        }

        return Workshops.WorkshopPhases.FirstStepOf(state.Steps, command.Phase) is { } target
            ? Plan.Emit(MoveTo(state, target, StepMoveReason.MovedToPhaseByFacilitator, stamp))
            : Plan.Reject($"This group's scenario has no {Workshops.WorkshopPhases.NameOf(command.Phase)} phase.");
    }

    /// <summary>Steps that capture voting, ratings or a review may be left without an answer.</summary>
    private static bool HasAnswer(GroupSession state, ScenarioStep step) => step.Kind switch
    {
        StepKind.PersonaField => state.Map.Persona.Entries(step.PersonaField!.Value).Count > 0,
        StepKind.StageItems => state.Map.ItemsIn(step.StageId!, step.Lane!.Value).Count > 0,
        StepKind.StageEmotion => state.Map.FindStage(step.StageId!)?.Emotion is not null,
        StepKind.MultiInput => step.Inputs.Any(input => HasAnswer(state, step, input)),
        StepKind.InitiativeIdeas => state.Map.Initiatives.Count > 0,
        _ => true,
    };

    private static bool HasAnswer(GroupSession state, ScenarioStep step, StepInput input) =>
        input.PersonaField is { } field ? state.Map.Persona.Entries(field).Count > 0
        : input.Lane is { } lane ? state.Map.ItemsIn(step.StageId!, lane).Count > 0
        : state.Map.FindStage(step.StageId!)?.Emotion is not null;

    /// <summary>The next step, or finishing the group after the last one.</summary>
    private static GroupEvent MoveForward(GroupSession state, StepMoveReason reason, Stamp stamp)
    {
        var steps = state.Steps;
        return state.StepIndex + 1 < steps.Count
            ? MoveTo(state, steps[state.StepIndex + 1], reason, stamp)
            : new GroupFinished { Actor = stamp.Actor, OccurredAt = stamp.At, FromStepId = state.CurrentStep.Id };
    }

    /// <summary>The first step of the next stage or phase, or finishing the group from the last one.</summary>
    private static GroupEvent MoveToNextSection(GroupSession state, StepMoveReason reason, Stamp stamp)
    {
        var section = state.CurrentStep.Section;
        var target = state.Steps.Skip(state.StepIndex + 1).FirstOrDefault(s => s.Section != section);
        return target is null
            ? new GroupFinished { Actor = stamp.Actor, OccurredAt = stamp.At, FromStepId = state.CurrentStep.Id }
            : MoveTo(state, target, reason, stamp);
    }

    private static StepMoved MoveTo(GroupSession state, ScenarioStep target, StepMoveReason reason, Stamp stamp) => new()
    {
        Actor = stamp.Actor,
        OccurredAt = stamp.At,
        FromStepId = state.CurrentStep.Id,
        ToStepId = target.Id,
        Reason = reason,
    };
}
