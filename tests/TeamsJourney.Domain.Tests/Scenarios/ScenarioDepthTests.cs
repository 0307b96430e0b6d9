using NJsonSchema;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Tests.Builders;
using Xunit.Abstractions;

namespace TeamsJourney.Domain.Tests.Scenarios;

public sealed class ScenarioDepthTests(ITestOutputHelper output)
{
    public static TheoryData<string> BuiltIns => new(BuiltInScenarios.All.Select(s => s.Id));

    private static ScenarioScript BuiltIn(string id) => BuiltInScenarios.All.Single(s => s.Id == id);

    // Cards a group sees from the first one to the dot vote, both included.
    private static int CardsToVotes(IReadOnlyList<ScenarioStep> steps) => steps.Single(s => s.Kind == StepKind.Voting).Index + 1;

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Every_built_in_scenario_at_MVP_depth_reaches_the_votes_within_20_cards_and_45_minutes(string id)
    {
        var script = BuiltIn(id);
        var mvp = CardsToVotes(script.StepsFor(DepthChoice.Mvp));
        output.WriteLine($"{id}: MVP {mvp} cards to votes ({script.StepsFor(DepthChoice.Mvp).Count} with the review); full {CardsToVotes(script.Steps)} ({script.Steps.Count})");

        Assert.InRange(mvp, 1, 20);
        Assert.True(mvp * 2 <= 45, $"{mvp} cards at 2 minutes a card do not fit 45 minutes.");
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void At_MVP_depth_each_stage_is_one_card_asking_action_touchpoint_thought_emotion_and_pain_point(string id)
    {
        var script = BuiltIn(id);
        var journey = script.StepsFor(DepthChoice.Mvp).Where(s => s.Phase == StepPhase.Journey).ToList();

        Assert.Equal(script.Stages.Select(s => $"journey.{s.Id}"), journey.Select(s => s.Id));
        Assert.All(journey, card =>
        {
            Assert.Equal(StepKind.MultiInput, card.Kind);
            Assert.Equal(["customerAction", "touchpoint", "thought", "emotion", "painPoint"], card.Inputs.Select(i => i.Key));
            Assert.True(card.FindInput("touchpoint")!.TakesChannel);
            Assert.All(card.Inputs.Where(i => !i.IsEmotion), i => Assert.True(i.TakesEvidence));
        });
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void At_MVP_depth_the_persona_and_each_stage_blueprint_are_one_card_each_then_ideas_votes_and_review(string id)
    {
        var script = BuiltIn(id);
        var steps = script.StepsFor(DepthChoice.Mvp);

        var persona = Assert.Single(steps, s => s.Phase == StepPhase.Persona);
        Assert.Equal(["name", "lifeContext", "goals", "challenges"], persona.Inputs.Select(i => i.Key));
        var blueprint = steps.Where(s => s.Phase == StepPhase.Blueprint).ToList();
        Assert.Equal(script.Stages.Count, blueprint.Count);
        Assert.All(blueprint, card => Assert.Equal([Lane.Frontstage, Lane.Backstage, Lane.SupportProcess], card.Inputs.Select(i => i.Lane!.Value)));
        Assert.Equal(["initiatives.ideas", "initiatives.voting", "review"], steps.Where(s => s.Phase >= StepPhase.Initiatives).Select(s => s.Id));
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Full_depth_keeps_every_lane_of_every_stage_on_its_own_card(string id)
    {
        var script = BuiltIn(id);
        var full = script.StepsFor(DepthChoice.Full);

        Assert.Same(script.Steps, full);
        Assert.Equal(
            script.Stages.Sum(s => s.Prompts.Count + 1) + script.Persona.Prompts.Count + (script.Stages.Count * script.Blueprint!.Prompts.Count) + 4,
            full.Count);
        Assert.DoesNotContain(full, s => s.Kind == StepKind.MultiInput);
    }

    [Fact]
    public void The_facilitators_blueprint_lanes_become_the_boxes_at_MVP_and_the_cards_at_full_depth()
    {
        var script = BuiltIn("missed-bin-collection");
        var lanes = new[] { Lane.PhysicalEvidence, Lane.Frontstage, Lane.Backstage, Lane.SupportProcess };

        var mvp = script.StepsFor(new DepthChoice(ScenarioDepth.Mvp, lanes)).Where(s => s.Phase == StepPhase.Blueprint).ToList();
        var full = script.StepsFor(new DepthChoice(ScenarioDepth.Full, [Lane.Backstage, Lane.Frontstage])).Where(s => s.Phase == StepPhase.Blueprint).ToList();

        Assert.All(mvp, card => Assert.Equal(lanes, card.Inputs.Select(i => i.Lane!.Value)));
        Assert.Equal(script.Stages.Count * 2, full.Count);
        Assert.Equal(["blueprint.notice.frontstage", "blueprint.notice.backstage"], full.Take(2).Select(s => s.Id));
    }

    [Fact]
    public void A_lane_that_is_not_a_blueprint_lane_cannot_be_chosen()
    {
        var ex = Assert.Throws<TeamsJourney.Domain.Common.DomainValidationException>(() => new DepthChoice(ScenarioDepth.Mvp, [Lane.PainPoint]));
        Assert.Contains("Pain points is not a blueprint lane", ex.Message, StringComparison.Ordinal);
        Assert.Throws<TeamsJourney.Domain.Common.DomainValidationException>(() => new DepthChoice(ScenarioDepth.Mvp, []));
    }

    [Fact]
    public void A_script_without_an_mvp_section_runs_at_MVP_depth_on_the_defaults()
    {
        var script = ScriptBuilder.AScript().Load();
        var steps = script.StepsFor(DepthChoice.Mvp);

        Assert.Same(MvpScript.Default, script.Mvp);
        Assert.Equal(["persona", "journey.first", "journey.second", "blueprint.first", "blueprint.second", "initiatives.ideas", "initiatives.voting", "review"], steps.Select(s => s.Id));
        // The script asks only about the backstage; the other default lanes get their default questions.
        Assert.Equal(["What happens backstage during First stage?", MvpScript.DefaultQuestion(Lane.SupportProcess)], steps[3].Inputs.Skip(1).Select(i => i.Question));
    }

    [Fact]
    public void A_script_without_a_blueprint_has_no_blueprint_cards_at_any_depth()
    {
        var script = ScriptBuilder.AScript().Without("blueprint").Load();

        Assert.DoesNotContain(script.StepsFor(DepthChoice.Mvp), s => s.Phase == StepPhase.Blueprint);
        Assert.DoesNotContain(script.StepsFor(new DepthChoice(ScenarioDepth.Mvp, [Lane.Frontstage])), s => s.Phase == StepPhase.Blueprint);
    }

    [Fact]
    public void The_mvp_section_sets_the_cards_questions_persona_fields_and_blueprint_lanes()
    {
        var script = ScriptBuilder.AScript().With("mvp", Mvp(fields: ["goals", "name"], lanes: ["backstage"])).Load();
        var steps = script.StepsFor(DepthChoice.Mvp);

        Assert.Equal("Who is it?", steps[0].Text.Question);
        Assert.Equal(["goals", "name"], steps[0].Inputs.Select(i => i.Key));
        Assert.Equal("Walk through First stage.", steps[1].Text.Question);
        Assert.Equal([Lane.Backstage], steps[3].Inputs.Select(i => i.Lane!.Value));
    }

    [Theory]
    [InlineData("[\"goals\", \"goals\"]", "[\"backstage\"]", "mvp.persona.fields[1]", "listed more than once")]
    [InlineData("[\"nickname\"]", "[\"backstage\"]", "mvp.persona.fields[0]", "is not one of")]
    [InlineData("[\"challenges\"]", "[\"backstage\"]", "mvp.persona.fields", "'challenges' has no prompt in persona.prompts")]
    [InlineData("[\"name\"]", "[\"painPoint\"]", "mvp.blueprint.lanes[0]", "is not one of")]
    [InlineData("[\"name\"]", "[\"frontstage\"]", "mvp.blueprint.lanes", "'frontstage' has no prompt in blueprint.prompts")]
    [InlineData("[\"name\"]", "[]", "mvp.blueprint.lanes", "between 1 and 6")]
    public void A_bad_mvp_section_is_refused_naming_the_field(string fields, string lanes, string path, string message)
    {
        var json = ScriptBuilder.AScript().With("mvp", Mvp(System.Text.Json.Nodes.JsonNode.Parse(fields)!.AsArray(), System.Text.Json.Nodes.JsonNode.Parse(lanes)!.AsArray())).Json();

        var result = ScenarioLoader.Load(json);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Path == path && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_schema_and_the_reader_agree_on_the_mvp_section()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "scenario-script.schema.json"));
        var good = ScriptBuilder.AScript().With("mvp", Mvp(fields: ["name"], lanes: ["backstage"])).Json();
        var typo = ScriptBuilder.AScript().With("mvp", Mvp(fields: ["name"], lanes: ["backstage"])).Edit(r => r["mvp"]!["stages"] = new System.Text.Json.Nodes.JsonObject()).Json();

        Assert.Empty(schema.Validate(good));
        Assert.True(ScenarioLoader.Load(good).Succeeded);
        Assert.NotEmpty(schema.Validate(typo));
        Assert.Contains(ScenarioLoader.Load(typo).Errors, e => e.Path == "mvp.stages" && e.Message == "is not a known field");
    }

    private static System.Text.Json.Nodes.JsonObject Mvp(System.Text.Json.Nodes.JsonArray fields, System.Text.Json.Nodes.JsonArray lanes) => new()
    {
        ["persona"] = new System.Text.Json.Nodes.JsonObject { ["question"] = "Who is it?", ["fields"] = fields },
        ["stage"] = new System.Text.Json.Nodes.JsonObject { ["question"] = "Walk through {stage}." },
        ["blueprint"] = new System.Text.Json.Nodes.JsonObject { ["question"] = "Behind {stage}.", ["lanes"] = lanes },
    };

    private static System.Text.Json.Nodes.JsonObject Mvp(string[] fields, string[] lanes) =>
        Mvp(new System.Text.Json.Nodes.JsonArray([.. fields.Select(f => (System.Text.Json.Nodes.JsonNode)f)]), new System.Text.Json.Nodes.JsonArray([.. lanes.Select(l => (System.Text.Json.Nodes.JsonNode)l)]));
}
