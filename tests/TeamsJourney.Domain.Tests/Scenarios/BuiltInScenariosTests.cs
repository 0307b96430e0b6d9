using NJsonSchema;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Tests.Scenarios;

public sealed class BuiltInScenariosTests
{
    private static readonly string[] CouncilScenarios = ["blue-badge-application", "council-tax-change-of-address", "missed-bin-collection"];

    public static TheoryData<string> Ids => new(CouncilScenarios);

    public static TheoryData<string> Resources => new(BuiltInScenarios.Sources().Keys);

    private static Task<JsonSchema> Schema() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "scenario-script.schema.json"));

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Each_embedded_script_is_valid_against_the_schema(string resource)
    {
        var errors = (await Schema()).Validate(BuiltInScenarios.Sources()[resource]);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void Each_embedded_script_loads(string resource)
    {
        var result = ScenarioLoader.Load(BuiltInScenarios.Sources()[resource]);
        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task The_schema_rejects_a_script_with_an_unknown_lane()
    {
        var json = BuiltInScenarios.Sources().Values.First().Replace("\"painPoint\"", "\"painPoints\"", StringComparison.Ordinal);
        Assert.NotEmpty((await Schema()).Validate(json));
    }

    [Fact]
    public void All_holds_the_three_council_scenarios()
    {
        Assert.Equal(CouncilScenarios, BuiltInScenarios.All.Select(s => s.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void TryGet_finds_each_scenario(string id)
    {
        Assert.True(BuiltInScenarios.TryGet(id, out var script));
        Assert.Equal(id, script.Id);
    }

    [Fact]
    public void TryGet_of_an_unknown_id_returns_false()
    {
        Assert.False(BuiltInScenarios.TryGet("parking-permit", out _));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_scenario_has_four_to_seven_stages(string id)
    {
        BuiltInScenarios.TryGet(id, out var script);
        Assert.InRange(script.Stages.Count, BuiltInScenarios.MinStages, BuiltInScenarios.MaxStages);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_scenario_asks_about_every_persona_field(string id)
    {
        BuiltInScenarios.TryGet(id, out var script);
        Assert.Equal(Enum.GetValues<PersonaField>().Order(), script.Persona.Prompts.Select(p => p.Field).Order());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_scenario_captures_every_blueprint_lane(string id)
    {
        BuiltInScenarios.TryGet(id, out var script);
        Assert.Equal(LaneCatalog.CapturedIn(MapSection.Blueprint).Order(), script.Blueprint!.Prompts.Select(p => p.Lane).Order());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_scenario_ends_with_ideas_voting_impact_effort_and_review(string id)
    {
        BuiltInScenarios.TryGet(id, out var script);
        Assert.Equal(
            [StepKind.InitiativeIdeas, StepKind.Voting, StepKind.ImpactEffort, StepKind.Review],
            script.Steps.TakeLast(4).Select(s => s.Kind));
        Assert.Equal(VotingScript.DefaultDotsPerPerson, script.Initiatives.Voting.DotsPerPerson);
    }
}
