using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Facilitation;

/// <summary>
/// The state of one group working through a scenario: where it is, whether it is paused or
/// finished, and its journey map. Immutable and built only from events, so replaying a
/// group's stored events always reproduces the same session.
/// </summary>
public sealed partial record GroupSession
{
    private GroupSession(ScenarioScript script, JourneyMap map)
    {
        Script = script;
        Map = map;
        Steps = script.Steps;
    }

    /// <summary>The scenario the group follows.</summary>
    public ScenarioScript Script { get; }

    /// <summary>The group's name, once started.</summary>
    public string? GroupName { get; private init; }

    /// <summary>True once the group has started.</summary>
    public bool IsStarted { get; private init; }

    /// <summary>The depth and blueprint lanes the group works at (full until it starts).</summary>
    public DepthChoice Depth { get; private init; } = DepthChoice.Full;

    /// <summary>The steps the group walks at its depth; the last is always the review.</summary>
    public IReadOnlyList<ScenarioStep> Steps { get; private init; }

    /// <summary>Zero-based index of the current step in <see cref="Steps"/>.</summary>
    public int StepIndex { get; private init; }

    /// <summary>The current step.</summary>
    public ScenarioStep CurrentStep => Steps[StepIndex];

    /// <summary>True while the facilitator has paused the group.</summary>
    public bool IsPaused { get; private init; }

    /// <summary>True once the group has finished the scenario.</summary>
    public bool IsFinished { get; private init; }

    /// <summary>The group's journey map and blueprint.</summary>
    public JourneyMap Map { get; private init; }

    /// <summary>When the group last did anything (its newest event), or null before it started.</summary>
    public DateTimeOffset? LastActivityAt { get; private init; }

    /// <summary>How many events have been applied; a cheap version number for the session.</summary>
    public int EventCount { get; private init; }

    /// <summary>A session for a group that has not started yet.</summary>
    public static GroupSession New(ScenarioScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return new GroupSession(script, JourneyMap.Create(script.Stages.Select(s => (s.Id, s.Name))));
    }

    /// <summary>Rebuilds a session from the group's stored events, oldest first.</summary>
    /// <exception cref="DomainValidationException">An event does not fit the state before it (the log is corrupt or belongs to another script).</exception>
    public static GroupSession Replay(ScenarioScript script, IEnumerable<GroupEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Aggregate(New(script), (session, e) => session.Apply(e));
    }

    /// <summary>Applies several events in order.</summary>
    public GroupSession ApplyAll(IEnumerable<GroupEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Aggregate(this, (session, e) => session.Apply(e));
    }

    /// <summary>The prompt <paramref name="userId"/> should see now (their remaining dots differ per user).</summary>
    public Prompt PromptFor(string userId) => PromptBuilder.Build(this, userId);

    /// <summary>How many dots <paramref name="userId"/> may still place.</summary>
    public int RemainingDots(string userId) =>
        Math.Max(0, Script.Initiatives.Voting.DotsPerPerson - Map.DotsUsedBy(userId));

    internal int IndexOfStep(string stepId) => IndexOfStep(Steps, stepId);

    private int IndexOfStep(IReadOnlyList<ScenarioStep> steps, string stepId)
    {
        var step = steps.FirstOrDefault(s => s.Id == stepId)
            ?? throw new DomainValidationException("step", $"Step '{stepId}' is not part of scenario '{Script.Id}' version {Script.Version} at {Depth.DepthName} depth.");
        return step.Index;
    }
}
