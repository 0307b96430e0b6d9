using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Facilitation;

public sealed partial record GroupSession
{
    /// <summary>Returns the session after <paramref name="groupEvent"/>.</summary>
    /// <exception cref="DomainValidationException">The event breaks a rule of the current state.</exception>
    public GroupSession Apply(GroupEvent groupEvent)
    {
        ArgumentNullException.ThrowIfNull(groupEvent);
        if (!IsStarted && groupEvent is not GroupStarted)
        {
            throw new DomainValidationException("event", $"{groupEvent.GetType().Name} cannot happen before the group has started.");
        }

        var actor = groupEvent.Actor;
        var next = groupEvent switch
        {
            GroupStarted e => Started(e),
            DepthChosen e => Deepened(e),
            StepMoved e => MovedTo(e),
            GroupPaused => this with { IsPaused = true },
            GroupResumed => this with { IsPaused = false },
            GroupFinished e => Finished(e),
            PersonaFieldAnswered e => WithMap(Map.AnswerPersona(e.Field, e.Text)),
            ItemAdded e => WithMap(Map.AddItem(e.ItemId, e.StageId, e.Lane, e.Text, actor.UserId, actor.DisplayName, e.Channel, EvidenceFrom(e.EvidenceKind, e.EvidenceSource))),
            EmotionScored e => WithMap(Map.ScoreEmotion(e.StageId, e.Score)),
            ItemEdited e => WithMap(Map.EditItemText(e.ItemId, e.Text)),
            ItemMoved e => WithMap(Map.MoveItem(e.ItemId, e.StageId, e.Lane)),
            ItemDeleted e => WithMap(Map.DeleteItem(e.ItemId)),
            EvidenceSet e => WithMap(Map.SetEvidence(e.ItemId, EvidenceFrom(e.Kind, e.Source))),
            InitiativeProposed e => WithMap(Map.ProposeInitiative(e.InitiativeId, e.Title, e.Description, e.PainPointIds, actor.UserId, actor.DisplayName)),
            VoteCast e => VotedFor(e, actor.UserId),
            VoteWithdrawn e => WithMap(Map.WithdrawVote(e.InitiativeId, actor.UserId)),
            InitiativeRated e => WithMap(Map.RateInitiative(e.InitiativeId, e.Impact, e.Effort)),
            _ => throw new DomainValidationException("event", $"Unknown event type {groupEvent.GetType().Name}."),
        };
        return next with { EventCount = EventCount + 1, LastActivityAt = groupEvent.OccurredAt };
    }

    private GroupSession WithMap(JourneyMap map) => this with { Map = map };

    private GroupSession Started(GroupStarted e)
    {
        if (IsStarted)
        {
            throw new DomainValidationException("event", "The group has already started.");
        }

        if (e.ScenarioId != Script.Id || e.ScenarioVersion != Script.Version)
        {
            throw new DomainValidationException(
                "scenario",
                $"The group started scenario '{e.ScenarioId}' version {e.ScenarioVersion}, not '{Script.Id}' version {Script.Version}.");
        }

        // Logs written before depths existed hold no depth: those groups walked every step.
        var depth = new DepthChoice(e.Depth ?? ScenarioDepth.Full, e.BlueprintLanes);
        var steps = Script.StepsFor(depth);
        return this with
        {
            IsStarted = true,
            GroupName = TextAnswer.Require(e.GroupName, "group name", 200),
            Depth = depth,
            Steps = steps,
            StepIndex = IndexOfStep(steps, e.StepId),
        };
    }

    private GroupSession Deepened(DepthChosen e)
    {
        RequireOnStep(e.FromStepId);
        var depth = new DepthChoice(e.Depth, e.BlueprintLanes);
        var steps = Script.StepsFor(depth);
        return this with { Depth = depth, Steps = steps, StepIndex = IndexOfStep(steps, e.ToStepId) };
    }

    private GroupSession MovedTo(StepMoved e)
    {
        RequireOnStep(e.FromStepId);
        return this with { StepIndex = IndexOfStep(e.ToStepId) };
    }

    private GroupSession Finished(GroupFinished e)
    {
        RequireOnStep(e.FromStepId);
        return this with { IsFinished = true };
    }

    private void RequireOnStep(string stepId)
    {
        if (IsFinished)
        {
            throw new DomainValidationException("event", "The group has already finished.");
        }

        if (CurrentStep.Id != stepId)
        {
            throw new DomainValidationException("step", $"The group is on step '{CurrentStep.Id}', not '{stepId}'.");
        }
    }

    private GroupSession VotedFor(VoteCast e, string userId)
    {
        // Dots are the session's rule (the map does not know the script), so replay checks it too.
        if (RemainingDots(userId) == 0)
        {
            throw new DomainValidationException(
                "votes",
                $"You have used all {Script.Initiatives.Voting.DotsPerPerson} of your dots; take one back to vote for something else.");
        }

        return WithMap(Map.CastVote(e.InitiativeId, userId));
    }

    private static Evidence? EvidenceFrom(EvidenceKind? kind, string? source)
    {
        if (kind is null)
        {
            return string.IsNullOrWhiteSpace(source)
                ? null
                : throw new DomainValidationException("evidence kind", "Say whether the evidence is a fact or an assumption before giving its source.");
        }

        return new Evidence(kind.Value, source);
    }
}
