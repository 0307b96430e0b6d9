using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>How thoroughly a walked group works.</summary>
internal enum WalkStyle
{
    /// <summary>Answers every step: two notes per lane with evidence, every emotion, votes and ratings.</summary>
    Thorough,

    /// <summary>Skips every second stage's lanes and emotions, records no evidence, skips the impact/effort rating.</summary>
    SkippingSteps,
}

/// <summary>
/// Plays a breakout group through a built-in scenario with the real <see cref="FacilitationEngine"/>, remembering every
/// text it typed so tests can look for it in the generated documents.
/// </summary>
internal sealed class ScenarioWalk
{
    private static readonly CommandActor Alice = new("user-alice", "Alice");
    private static readonly CommandActor Bob = new("user-bob", "Bob");
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private readonly List<string> _typed = [];
    private readonly string _prefix;
    private int _nextId;
    private int _minutes;
    private int _emotionShift;

    private ScenarioWalk(ScenarioScript script, string groupName)
    {
        _prefix = groupName;
        Session = GroupSession.New(script);
        Send(new Start(groupName), Alice);
    }

    public GroupSession Session { get; private set; }

    /// <summary>Every text the group typed: persona answers, map notes, initiative titles.</summary>
    public IReadOnlyList<string> Typed => _typed;

    public static ScenarioScript Script(string id) =>
        BuiltInScenarios.TryGet(id, out var script) ? script : throw new ArgumentException($"No built-in scenario '{id}'.", nameof(id));

    /// <summary>Walks <paramref name="script"/> to the end, or only until <paramref name="stopBefore"/> when given.</summary>
    public static ScenarioWalk Walk(ScenarioScript script, string groupName, WalkStyle style, StepKind? stopBefore = null, int emotionShift = 0)
    {
        var walk = new ScenarioWalk(script, groupName) { _emotionShift = emotionShift };
        for (var guard = 0; !walk.Session.IsFinished && walk.Session.CurrentStep.Kind != stopBefore; guard++)
        {
            if (guard > 500)
            {
                throw new InvalidOperationException($"The walk of {script.Id} did not finish.");
            }

            walk.Answer(walk.Session.CurrentStep, style);
        }

        return walk;
    }

    private void Answer(ScenarioStep step, WalkStyle style)
    {
        var skipping = style == WalkStyle.SkippingSteps;
        var quietStage = skipping && step.StageNumber is int number && number % 2 == 0;
        switch (step.Kind)
        {
            case StepKind.PersonaField when skipping && step.PersonaField == PersonaField.Name:
                Send(new Skip(), Alice);
                break;
            case StepKind.PersonaField when step.AllowsMultiple:
                Type(new Answer($"{_prefix} {step.Captures} one"), Alice);
                Type(new Answer($"{_prefix} {step.Captures} two"), Bob);
                Send(new Next(), Alice);
                break;
            case StepKind.PersonaField:
                Type(new Answer($"{_prefix} {step.Captures} answer"), Alice);
                break;
            case StepKind.StageItems or StepKind.StageEmotion when quietStage:
                Send(new Skip(), Alice);
                break;
            case StepKind.StageItems:
                var channel = step.Lane == Lane.Touchpoint ? TouchpointChannel.SocialMedia : (TouchpointChannel?)null;
                Type(skipping ? new Answer($"{_prefix} {step.Id} only", channel) : new Answer($"{_prefix} {step.Id} first", channel, EvidenceKind.Fact, "Contact centre data"), Alice);
                if (!skipping)
                {
                    Type(new Answer($"{_prefix} {step.Id} second", channel, EvidenceKind.Assumption), Bob);
                }

                Send(new Next(), Alice);
                break;
            case StepKind.StageEmotion:
                Send(new ScoreEmotion(Math.Clamp((step.StageNumber!.Value % 5) - 2 + _emotionShift, -2, 2)), Alice);
                break;
            case StepKind.InitiativeIdeas:
                var title = $"{_prefix} proactive text alerts";
                _typed.Add(title);
                Send(new ProposeInitiative(title, [.. Session.Map.PainPoints.Select(p => p.Id)]), Alice);
                Type(new Answer($"{_prefix} crew photo confirmation"), Bob);
                Send(new Next(), Alice);
                break;
            case StepKind.Voting:
                Send(new Vote(Session.Map.Initiatives[0].Id), Alice);
                Send(new Vote(Session.Map.Initiatives[0].Id), Bob);
                Send(new Next(), Alice);
                break;
            case StepKind.ImpactEffort when skipping:
                Send(new Skip(), Alice);
                break;
            case StepKind.ImpactEffort:
                foreach (var initiative in Session.Map.Initiatives)
                {
                    Send(new RateInitiative(initiative.Id, 4, 2), Alice);
                }

                Send(new Next(), Alice);
                break;
            default:
                Send(new Next(), Alice);
                break;
        }
    }

    private void Type(Answer answer, CommandActor actor)
    {
        _typed.Add(answer.Text);
        Send(answer, actor);
    }

    /// <summary>A change made after the walk, as the tab or a later round would make it.</summary>
    public void Change(GroupCommand command) => Send(command, Alice);

    private void Send(GroupCommand command, CommandActor actor)
    {
        var context = new CommandContext(actor, Start.AddMinutes(_minutes++), () => $"{_prefix.Replace(' ', '-')}-{++_nextId}");
        Session = FacilitationEngine.Decide(Session, command, context) switch
        {
            Accepted accepted => accepted.Session,
            Rejected rejected => throw new InvalidOperationException($"{command} on step {Session.CurrentStep.Id} was rejected: {rejected.Reason}"),
            var other => throw new InvalidOperationException($"Unexpected decision {other}."),
        };
    }
}
