using System.Globalization;
using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Facilitation;

public static partial class FacilitationEngine
{
    /// <summary>
    /// Every filled input of a multi-input card becomes one event of the same decision, so the card is stored
    /// whole or not at all; empty inputs add nothing.
    /// </summary>
    private static Plan PlanInputs(GroupSession state, AnswerInputs command, CommandContext context, Stamp stamp)
    {
        var step = command.ForStepId is { } stepId ? state.Steps.FirstOrDefault(s => s.Id == stepId) : state.CurrentStep;
        if (step is null)
        {
            return Plan.Reject("That card's step is no longer part of this group's walk. Type 'status' to get the current card.");
        }

        // A card the group has moved past keeps its entries, but cannot move the group on a second time.
        var moveOn = command.MoveOn && step == state.CurrentStep;
        if (step.Kind != StepKind.MultiInput)
        {
            return Plan.Reject("This step takes one answer at a time; type it in the card's box.");
        }

        var events = new List<GroupEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in command.Answers ?? [])
        {
            var input = step.FindInput(answer?.Key ?? string.Empty);
            if (answer is null || input is null)
            {
                return Plan.Reject($"This card has no box called '{answer?.Key}'. Type 'status' to get the current card.");
            }

            if (!seen.Add(input.Key))
            {
                return Plan.Reject($"The card sent '{input.Label}' twice; send it once.");
            }

            if (string.IsNullOrWhiteSpace(answer.Text))
            {
                continue;
            }

            if ((answer.Channel is not null && !input.TakesChannel) || (!input.TakesEvidence && (answer.EvidenceKind is not null || answer.EvidenceSource is not null)))
            {
                return Plan.Reject($"Channels and evidence can only be given for items on the map, not for {input.Label.ToLowerInvariant()}.");
            }

            var planned = EventFor(step, input, answer, context, stamp, out var reason);
            if (planned is null)
            {
                return Plan.Reject(reason!);
            }

            // The card shows the stage's emotion as already chosen; sending it again changes nothing.
            if (planned is EmotionScored scored && state.Map.FindStage(scored.StageId)?.Emotion == scored.Score)
            {
                continue;
            }

            events.Add(planned);
        }

        if (events.Count == 0)
        {
            return moveOn
                ? PlanNext(state, stamp)
                : Plan.Reject("Nothing to add yet: fill in at least one box, or choose Skip.");
        }

        if (moveOn)
        {
            events.Add(MoveForward(state, StepMoveReason.Next, stamp));
        }

        return Plan.Emit(events);
    }

    private static GroupEvent? EventFor(ScenarioStep step, StepInput input, InputAnswer answer, CommandContext context, Stamp stamp, out string? reason)
    {
        reason = null;
        if (input.PersonaField is { } field)
        {
            return new PersonaFieldAnswered { Actor = stamp.Actor, OccurredAt = stamp.At, Field = field, Text = TextAnswer.Require(answer.Text, input.Label.ToLowerInvariant()) };
        }

        if (input.Lane is { } lane)
        {
            return new ItemAdded
            {
                Actor = stamp.Actor,
                OccurredAt = stamp.At,
                ItemId = context.NewId(),
                StageId = step.StageId!,
                Lane = lane,
                Text = TextAnswer.Require(answer.Text, input.Label.ToLowerInvariant()),
                Channel = answer.Channel,
                EvidenceKind = answer.EvidenceKind,
                EvidenceSource = answer.EvidenceSource,
            };
        }

        if (int.TryParse(answer.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score)
            && score >= Stage.MinEmotion && score <= Stage.MaxEmotion)
        {
            return new EmotionScored { Actor = stamp.Actor, OccurredAt = stamp.At, StageId = step.StageId!, Score = score };
        }

        reason = $"Choose how it feels from {Stage.MinEmotion} (very bad) to +{Stage.MaxEmotion} (very good).";
        return null;
    }

    /// <summary>
    /// A running group moves to the new depth's step for where it is: the same step when the depth has it, else the
    /// first step of the same stage, else the next phase. Choosing what the group already has changes nothing.
    /// </summary>
    private static Plan PlanDepth(GroupSession state, ChooseDepth command, Stamp stamp)
    {
        ArgumentNullException.ThrowIfNull(command.Depth);
        if (state.Depth.Equals(command.Depth))
        {
            return Plan.Emit();
        }

        var steps = state.Script.StepsFor(command.Depth);
        var current = state.CurrentStep;
        var target = steps.FirstOrDefault(s => s.Id == current.Id)
            ?? steps.FirstOrDefault(s => s.Section == current.Section)
            ?? steps.FirstOrDefault(s => s.Phase > current.Phase)
            ?? steps[^1];
        return Plan.Emit(new DepthChosen
        {
            Actor = stamp.Actor,
            OccurredAt = stamp.At,
            Depth = command.Depth.Depth,
            BlueprintLanes = command.Depth.BlueprintLanes,
            FromStepId = current.Id,
            ToStepId = target.Id,
        });
    }
}
