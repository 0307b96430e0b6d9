using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Scenarios;

public sealed class ScenarioStepsTests
{
    [Fact]
    public void Steps_follow_persona_journey_blueprint_initiatives_review()
    {
        var ids = AScript().Load().Steps.Select(s => s.Id);

        Assert.Equal(
        [
            "persona.name", "persona.goals",
            "journey.first.customerAction", "journey.first.painPoint", "journey.first.emotion",
            "journey.second.customerAction", "journey.second.painPoint", "journey.second.emotion",
            "blueprint.first.backstage", "blueprint.second.backstage",
            "initiatives.ideas", "initiatives.voting", "initiatives.impactEffort",
            "review",
        ], ids);
    }

    [Fact]
    public void Step_indexes_match_positions()
    {
        var steps = AScript().Load().Steps;
        Assert.Equal(Enumerable.Range(0, steps.Count), steps.Select(s => s.Index));
    }

    [Fact]
    public void The_stage_placeholder_is_replaced_by_the_stage_name()
    {
        var step = AScript().Load().FindStep("blueprint.second.backstage")!;
        Assert.Equal("What happens backstage during Second stage?", step.Text.Question);
    }

    [Fact]
    public void Lane_steps_allow_several_items_and_know_their_stage_and_lane()
    {
        var step = AScript().Load().FindStep("journey.second.painPoint")!;
        Assert.Equal((StepKind.StageItems, true, "second", 2, (Lane?)Lane.PainPoint), (step.Kind, step.AllowsMultiple, step.StageId, step.StageNumber, step.Lane));
    }

    [Fact]
    public void A_persona_name_takes_one_answer_and_goals_take_several()
    {
        var script = AScript().Load();
        Assert.False(script.FindStep("persona.name")!.AllowsMultiple);
        Assert.True(script.FindStep("persona.goals")!.AllowsMultiple);
    }

    [Fact]
    public void Without_emotion_blueprint_or_impact_effort_those_steps_are_left_out()
    {
        var script = AScript().Without("emotion").Without("blueprint")
            .Edit(root => root["initiatives"]!.AsObject().Remove("impactEffort")).Load();

        Assert.DoesNotContain(script.Steps, s => s.Kind is StepKind.StageEmotion or StepKind.ImpactEffort || s.Phase == StepPhase.Blueprint);
    }

    [Fact]
    public void Only_the_review_cannot_be_skipped()
    {
        Assert.Equal(["review"], AScript().Load().Steps.Where(s => !s.CanSkip).Select(s => s.Id));
    }
}
