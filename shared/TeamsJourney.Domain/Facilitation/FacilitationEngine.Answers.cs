using System.Globalization;
using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Facilitation;

public static partial class FacilitationEngine
{
    private static Plan PlanAnswer(GroupSession state, Answer command, CommandContext context, Stamp stamp)
    {
        var step = state.CurrentStep;
        if (step.Kind is not (StepKind.StageItems or StepKind.MultiInput) && (command.Channel is not null || command.EvidenceKind is not null || command.EvidenceSource is not null))
        {
            return Plan.Reject("Channels and evidence can only be given for items on the map.");
        }

        // A single answer typed on a card with several boxes goes into its first box (the persona's name, the
        // stage's customer action), where the card then lists it; the other boxes are filled on the card.
        if (step.Kind == StepKind.MultiInput)
        {
            var first = step.Inputs.First(i => !i.IsEmotion);
            return PlanInputs(state, new AnswerInputs([new InputAnswer(first.Key, command.Text, command.Channel, command.EvidenceKind, command.EvidenceSource)]), context, stamp);
        }

        var text = TextAnswer.Require(command.Text, step.Captures.ToLowerInvariant());
        return step.Kind switch
        {
            StepKind.PersonaField => AnswerPersona(state, step, text, stamp),
            StepKind.StageItems => Plan.Emit(new ItemAdded
            {
                Actor = stamp.Actor,
                OccurredAt = stamp.At,
                ItemId = context.NewId(),
                StageId = step.StageId!,
                Lane = step.Lane!.Value,
                Text = text,
                Channel = command.Channel,
                EvidenceKind = command.EvidenceKind,
                EvidenceSource = command.EvidenceSource,
            }),
            StepKind.StageEmotion => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score)
                ? PlanScoreEmotion(state, new ScoreEmotion(score), stamp)
                : Plan.Reject($"Choose how it feels from {Stage.MinEmotion} (very bad) to +{Stage.MaxEmotion} (very good)."),
            StepKind.InitiativeIdeas => PlanProposal(new ProposeInitiative(text, []), context, stamp),
            StepKind.Voting => Plan.Reject("On this step, put your dots on initiatives with the vote buttons."),
            StepKind.ImpactEffort => Plan.Reject("On this step, rate each initiative's impact and effort."),
            _ => Plan.Reject("There is nothing to type here; choose Done to finish."),
        };
    }

    private static Plan AnswerPersona(GroupSession state, ScenarioStep step, string text, Stamp stamp)
    {
        var field = step.PersonaField!.Value;
        var answered = new PersonaFieldAnswered { Actor = stamp.Actor, OccurredAt = stamp.At, Field = field, Text = text };

        // A single-text field is complete once answered, so the group moves straight on.
        return field.HoldsList()
            ? Plan.Emit(answered)
            : Plan.Emit(answered, MoveForward(state, StepMoveReason.Answered, stamp));
    }

    private static Plan PlanScoreEmotion(GroupSession state, ScoreEmotion command, Stamp stamp)
    {
        var step = state.CurrentStep;
        var stageId = command.StageId ?? (step.Kind == StepKind.StageEmotion ? step.StageId : null);
        if (stageId is null)
        {
            return Plan.Reject("Say which stage the emotion is for.");
        }

        var scored = new EmotionScored { Actor = stamp.Actor, OccurredAt = stamp.At, StageId = stageId, Score = command.Score };
        return step.Kind == StepKind.StageEmotion && step.StageId == stageId
            ? Plan.Emit(scored, MoveForward(state, StepMoveReason.Answered, stamp))
            : Plan.Emit(scored);
    }

    private static Plan PlanProposal(ProposeInitiative command, CommandContext context, Stamp stamp) => Plan.Emit(new InitiativeProposed
    {
        Actor = stamp.Actor,
        OccurredAt = stamp.At,
        InitiativeId = context.NewId(),
        Title = TextAnswer.Require(command.Title, "initiative title"),
        Description = TextAnswer.Optional(command.Description, "initiative description"),
        PainPointIds = [.. (command.PainPointIds ?? []).Distinct(StringComparer.Ordinal)],
    });

    private static Plan PlanVote(GroupSession state, Vote command, Stamp stamp)
    {
        if (state.CurrentStep.Kind != StepKind.Voting)
        {
            return Plan.Reject("Voting opens at the voting step.");
        }

        return Plan.Emit(new VoteCast { Actor = stamp.Actor, OccurredAt = stamp.At, InitiativeId = command.InitiativeId });
    }

    private static Plan PlanUnvote(GroupSession state, Unvote command, Stamp stamp)
    {
        if (state.CurrentStep.Kind != StepKind.Voting)
        {
            return Plan.Reject("Votes can only be changed at the voting step.");
        }

        return Plan.Emit(new VoteWithdrawn { Actor = stamp.Actor, OccurredAt = stamp.At, InitiativeId = command.InitiativeId });
    }

    private static Plan PlanRating(GroupSession state, RateInitiative command, Stamp stamp)
    {
        if (state.CurrentStep.Kind != StepKind.ImpactEffort)
        {
            return Plan.Reject("Initiatives are rated at the impact and effort step.");
        }

        return Plan.Emit(new InitiativeRated
        {
            Actor = stamp.Actor,
            OccurredAt = stamp.At,
            InitiativeId = command.InitiativeId,
            Impact = command.Impact,
            Effort = command.Effort,
        });
    }
}
