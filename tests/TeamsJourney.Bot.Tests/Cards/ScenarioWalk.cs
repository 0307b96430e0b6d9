using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>
/// Drives one group through a scenario with the real facilitation engine, answering every step the
/// way a group would, and records each prompt the bot would render on the way (before the start,
/// after every answer, while paused and once finished).
/// </summary>
internal sealed class ScenarioWalk
{
    public const string ViewerId = "29:viewer-1";

    private static readonly CommandActor Viewer = new(ViewerId, "Priya Shah", IsFacilitator: true);

    private readonly List<Prompt> _prompts = [];
    private GroupSession _session;
    private int _nextId;

    private ScenarioWalk(ScenarioScript script)
    {
        _session = GroupSession.New(script);
        _prompts.Add(_session.PromptFor(ViewerId));
    }

    public IReadOnlyList<Prompt> Prompts => _prompts;

    public GroupSession Session => _session;

    /// <summary>The prompt the viewer sees now.</summary>
    public Prompt Current => _session.PromptFor(ViewerId);

    /// <summary>The current prompt of a missed-bin-collection group walked up to a step of <paramref name="kind"/>.</summary>
    public static Prompt PromptAt(StepKind kind, Lane? lane = null) =>
        Started(Script("missed-bin-collection")).UntilStep(kind, lane).Current;

    public static ScenarioScript Script(string scenarioId) =>
        BuiltInScenarios.TryGet(scenarioId, out var script) ? script : throw new ArgumentException($"No built-in scenario '{scenarioId}'.", nameof(scenarioId));

    /// <summary>Starts a group and stops there, for tests that drive the steps themselves.</summary>
    public static ScenarioWalk Started(ScenarioScript script, string groupName = "Team Blue", DepthChoice? depth = null)
    {
        var walk = new ScenarioWalk(script);
        walk.Do(new Start(groupName, depth));
        return walk;
    }

    /// <summary>Walks from the start to the finished state (at full depth unless told), pausing and resuming once on the way.</summary>
    public static ScenarioWalk ToTheEnd(ScenarioScript script, DepthChoice? depth = null)
    {
        var walk = Started(script, depth: depth);
        walk.Do(new Pause());
        walk.Do(new Resume());
        while (!walk._session.IsFinished)
        {
            walk.AnswerCurrentStep();
            walk.Do(new Next());
        }

        return walk;
    }

    /// <summary>Answers each step until the current one is of <paramref name="kind"/> (and lane, when given).</summary>
    public ScenarioWalk UntilStep(StepKind kind, Lane? lane = null)
    {
        while (!(_session.CurrentStep.Kind == kind && (lane is null || _session.CurrentStep.Lane == lane)))
        {
            if (_session.IsFinished)
            {
                throw new InvalidOperationException($"The scenario has no {kind} step{(lane is null ? string.Empty : $" for {lane}")}.");
            }

            AnswerCurrentStep();
            Do(new Next());
        }

        return this;
    }

    /// <summary>Applies a command, failing the test with the engine's reason when it is refused.</summary>
    public Prompt Do(GroupCommand command)
    {
        var decision = FacilitationEngine.Decide(_session, command, new CommandContext(Viewer, DateTimeOffset.UnixEpoch, () => $"id-{++_nextId}"));
        if (decision is not Accepted accepted)
        {
            throw new InvalidOperationException($"The engine refused {command.GetType().Name} at step '{_session.CurrentStep.Id}': {((Rejected)decision).Reason}");
        }

        // Single-answer steps move on by themselves, and Next may already have finished the group.
        _session = accepted.Session;
        _prompts.Add(accepted.Next);
        return accepted.Next;
    }

    private void AnswerCurrentStep()
    {
        var step = _session.CurrentStep;
        var stepId = step.Id;
        switch (step.Kind)
        {
            case StepKind.PersonaField:
                Do(new Answer($"{step.Captures}: lives on Elm Road, checks the council website"));
                if (step.PersonaField!.Value.HoldsList())
                {
                    Do(new Answer($"{step.Captures}: a second entry"));
                }

                break;
            case StepKind.StageItems:
                var channel = step.Lane == Lane.Touchpoint ? TouchpointChannel.Web : (TouchpointChannel?)null;
                Do(new Answer($"{step.Captures}: resident phones the contact centre", channel, EvidenceKind.Fact, "Complaints log, March"));
                Do(new Answer($"{step.Captures}: nobody confirms the report", channel is null ? null : TouchpointChannel.Phone, EvidenceKind.Assumption));
                break;
            case StepKind.StageEmotion:
                Do(new ScoreEmotion(-1));
                break;
            case StepKind.MultiInput:
                // Two presses, so each box lists entries with and without evidence and channels.
                Do(new AnswerInputs([.. step.Inputs.Select(i => Fill(i, "the resident phones the contact centre", TouchpointChannel.Web, EvidenceKind.Fact, "Complaints log, March"))]));
                Do(new AnswerInputs([.. step.Inputs.Where(i => !i.IsEmotion).Select(i => Fill(i, "nobody confirms the report", TouchpointChannel.Phone, EvidenceKind.Assumption, null))]));
                break;
            case StepKind.InitiativeIdeas:
                var painPoints = _session.Map.PainPoints.Select(p => p.Id).ToList();
                Do(new ProposeInitiative("Text message when a report is received", painPoints.Take(2).ToList(), "Confirm each report by SMS."));
                Do(new ProposeInitiative("Show crew progress on the website", painPoints.Skip(1).Take(1).ToList()));
                break;
            case StepKind.Voting:
                var initiatives = _session.Map.Initiatives;
                Do(new Vote(initiatives[0].Id));
                Do(new Vote(initiatives[^1].Id));
                break;
            case StepKind.ImpactEffort:
                foreach (var initiative in _session.Map.Initiatives)
                {
                    Do(new RateInitiative(initiative.Id, 4, 2));
                }

                break;
            default:
                break;
        }

        // An answer on a single-answer step already moved the group on; Next must not skip a step.
        static InputAnswer Fill(StepInput input, string text, TouchpointChannel channel, EvidenceKind evidence, string? source) => input.IsEmotion
            ? new InputAnswer(input.Key, "-1")
            : new InputAnswer(input.Key, $"{input.Label}: {text}", input.TakesChannel ? channel : null, input.TakesEvidence ? evidence : null, input.TakesEvidence ? source : null);

        if (_session.CurrentStep.Id != stepId)
        {
            Do(new Back());
        }
    }
}
