using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Tests.Builders;

namespace TeamsJourney.Domain.Tests.Facilitation;

/// <summary>A group answers every step of each built-in scenario, as a real workshop would.</summary>
public sealed class ScenarioWalkTests
{
    public static TheoryData<string> Scenarios => new(BuiltInScenarios.All.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_group_walks_the_whole_scenario_to_finished(string scenarioId)
    {
        var walk = Walk(scenarioId);
        Assert.True(walk.Group.Session.IsFinished);
        Assert.Equal("review", walk.Group.Session.CurrentStep.Id);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_answer_ends_up_on_the_map(string scenarioId)
    {
        var (group, typed) = Walk(scenarioId);
        var map = group.Session.Map;
        var onMap = map.Items.Select(i => i.Text)
            .Concat(map.Persona.Goals).Concat(map.Persona.Motivations).Concat(map.Persona.Challenges)
            .Append(map.Persona.Name!).Append(map.Persona.LifeContext!)
            .Concat(map.Initiatives.Select(i => i.Title));

        Assert.Equal(typed.Order(), onMap.Order());
        Assert.All(map.Stages, s => Assert.NotNull(s.Emotion));
        Assert.All(map.Initiatives, i => Assert.NotNull(i.Impact));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_lane_step_of_the_script_is_filled(string scenarioId)
    {
        var map = Walk(scenarioId).Group.Session.Map;
        var laneSteps = BuiltInScenarios.All.Single(s => s.Id == scenarioId).Steps.Where(s => s.Kind == StepKind.StageItems);
        Assert.All(laneSteps, step => Assert.NotEmpty(map.ItemsIn(step.StageId!, step.Lane!.Value)));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_walk_replays_to_the_same_session(string scenarioId)
    {
        var group = Walk(scenarioId).Group;
        Assert.Equal(SessionSnapshot.Of(group.Session), SessionSnapshot.Of(GroupSession.Replay(group.Session.Script, group.Events)));
    }

    private static (GroupDriver Group, List<string> Typed) Walk(string scenarioId)
    {
        Assert.True(BuiltInScenarios.TryGet(scenarioId, out var script));
        var group = GroupDriver.Started(script);
        var typed = new List<string>();
        var guard = 0;
        while (!group.Session.IsFinished)
        {
            Assert.True(++guard < 500, "the walk did not finish");
            var step = group.Session.CurrentStep;
            Answer(group, step, typed);
        }

        return (group, typed);
    }

    private static void Answer(GroupDriver group, ScenarioStep step, List<string> typed)
    {
        switch (step.Kind)
        {
            case StepKind.PersonaField when step.AllowsMultiple:
                Type(group, new Answer($"{step.Captures} one"), typed);
                Type(group, new Answer($"{step.Captures} two"), typed, GroupDriver.Bob);
                group.Accept(new Next());
                break;
            case StepKind.PersonaField:
                Type(group, new Answer($"{step.Captures} answer"), typed);
                break;
            case StepKind.StageItems:
                var channel = step.Lane == Lane.Touchpoint ? TouchpointChannel.Web : (TouchpointChannel?)null;
                Type(group, new Answer($"{step.Id} first", channel, EvidenceKind.Fact, "Contact centre data"), typed);
                Type(group, new Answer($"{step.Id} second", channel, EvidenceKind.Assumption), typed, GroupDriver.Bob);
                group.Accept(new Next());
                break;
            case StepKind.StageEmotion:
                group.Accept(new ScoreEmotion((step.StageNumber!.Value % 5) - 2));
                break;
            case StepKind.InitiativeIdeas:
                var painPoints = group.Session.Map.PainPoints.Select(p => p.Id).ToList();
                typed.Add("Proactive text alerts");
                group.Accept(new ProposeInitiative("Proactive text alerts", painPoints));
                Type(group, new Answer("Crew photo confirmation"), typed, GroupDriver.Bob);
                group.Accept(new Next());
                break;
            case StepKind.Voting:
                foreach (var initiative in group.Session.Map.Initiatives)
                {
                    group.Accept(new Vote(initiative.Id));
                    group.Accept(new Vote(initiative.Id), GroupDriver.Bob);
                }

                group.Accept(new Next());
                break;
            case StepKind.ImpactEffort:
                foreach (var initiative in group.Session.Map.Initiatives)
                {
                    group.Accept(new RateInitiative(initiative.Id, 4, 2));
                }

                group.Accept(new Next());
                break;
            default:
                group.Accept(new Next());
                break;
        }
    }

    private static void Type(GroupDriver group, Answer answer, List<string> typed, CommandActor? actor = null)
    {
        typed.Add(answer.Text);
        group.Accept(answer, actor);
    }
}
