using System.Text.Json.Nodes;
using TeamsJourney.Domain.Scenarios;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private static IReadOnlyList<string> ErrorsOf(string json)
    {
        var result = ScenarioLoader.Load(json);
        Assert.False(result.Succeeded);
        Assert.Null(result.Script);
        return [.. result.Errors.Select(e => e.ToString())];
    }

    [Fact]
    public void A_valid_script_loads()
    {
        var script = AScript().Load();
        Assert.Equal(("test-scenario", 1, 2), (script.Id, script.Version, script.Stages.Count));
    }

    [Fact]
    public void A_missing_stage_name_is_reported_with_line_and_path()
    {
        var json = """
            {
              "formatVersion": 1,
              "id": "x",
              "version": 1,
              "title": "T",
              "summary": "S",
              "persona": { "prompts": [ { "field": "name", "question": "Name?" } ] },
              "stages": [
                { "id": "a", "name": "A", "prompts": [ { "lane": "thought", "question": "Q" } ] },
                {
                  "id": "b",
                  "prompts": [ { "lane": "thought", "question": "Q" } ]
                }
              ],
              "initiatives": { "ideas": { "question": "I" }, "voting": { "question": "V" } }
            }
            """;

        Assert.Equal(["line 10, stages[1].name: required"], ErrorsOf(json));
    }

    [Fact]
    public void A_wrong_type_is_reported_at_the_line_of_the_value()
    {
        var json = AScript().Json().Replace("\"version\": 1", "\"version\": \"one\"", StringComparison.Ordinal);
        var line = json.Split('\n').ToList().FindIndex(l => l.Contains("\"one\"", StringComparison.Ordinal)) + 1;

        Assert.Equal([$"line {line}, version: must be a whole number, not a string"], ErrorsOf(json));
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        var errors = ErrorsOf("{\n  \"formatVersion\": 1,\n  \"id\": oops\n}");
        Assert.StartsWith("line 3, (document): not valid JSON", errors.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"title\": \"Test\\ud800\"")]
    [InlineData("\"title\": \"Test\\udfff tail\"")]
    [InlineData("\"x\\ud800\": 1, \"title\": \"Test\"")]
    public void A_lone_surrogate_escape_is_a_load_error_not_an_exception(string titleMember)
    {
        var json = AScript().Json().Replace("\"title\": \"Test scenario\"", titleMember, StringComparison.Ordinal);
        Assert.Contains("\\u", json, StringComparison.Ordinal);

        var errors = ErrorsOf(json);

        Assert.Contains(errors, e => e.Contains("surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_stage_ids_are_reported()
    {
        var json = AScript().With("stages", new JsonArray(Stage("same", "One"), Stage("same", "Two"))).Json();
        Assert.Contains(ErrorsOf(json), e => e.EndsWith("stages[1]: id 'same' is used more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_lane_lists_the_allowed_lanes()
    {
        var json = AScript().Json().Replace("\"painPoint\"", "\"painPoints\"", StringComparison.Ordinal);
        var error = Assert.Single(ErrorsOf(json), e => e.Contains("stages[0].prompts[1].lane", StringComparison.Ordinal));
        Assert.Contains("customerAction, touchpoint, thought, painPoint, opportunity", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blueprint_lane_in_a_stage_is_refused()
    {
        var json = AScript().Json().Replace("\"painPoint\"", "\"backstage\"", StringComparison.Ordinal);
        Assert.Contains(ErrorsOf(json), e => e.Contains("stages[0].prompts[1].lane: 'backstage' is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_field_is_reported_as_a_likely_typo()
    {
        var json = AScript().With("sumary", "typo").Json();
        Assert.Contains(ErrorsOf(json), e => e.EndsWith("sumary: is not a known field", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Stage_counts_outside_one_to_twelve_are_refused(int count)
    {
        var json = AScript().WithStages(count).Json();
        Assert.Contains(ErrorsOf(json), e => e.Contains("stages: must have between 1 and 12 entries", StringComparison.Ordinal));
    }

    [Fact]
    public void Twelve_stages_are_allowed_for_custom_scripts()
    {
        Assert.Equal(12, AScript().WithStages(12).Load().Stages.Count);
    }

    [Fact]
    public void Another_format_version_is_refused()
    {
        var json = AScript().With("formatVersion", 2).Json();
        Assert.Contains(ErrorsOf(json), e => e.Contains("format version 2 is not supported", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_that_is_not_a_slug_is_refused()
    {
        var json = AScript().With("id", "Missed Bins").Json();
        Assert.Contains(ErrorsOf(json), e => e.Contains("id: must be lower-case letters", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_question_is_refused()
    {
        var json = AScript().Edit(root => root["initiatives"]!["ideas"]!["question"] = "   ").Json();
        Assert.Contains(ErrorsOf(json), e => e.EndsWith("initiatives.ideas.question: must not be empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        var json = AScript().Without("title").Without("summary").Json();
        Assert.Equal(2, ErrorsOf(json).Count);
    }

    [Fact]
    public void Dots_per_person_default_to_three()
    {
        var script = AScript().Edit(root => root["initiatives"]!["voting"]!.AsObject().Remove("dotsPerPerson")).Load();
        Assert.Equal(3, script.Initiatives.Voting.DotsPerPerson);
    }

    [Fact]
    public void A_duplicated_property_is_reported()
    {
        var json = AScript().Json().Replace("\"title\": \"Test scenario\",", "\"title\": \"A\",\n  \"title\": \"B\",", StringComparison.Ordinal);
        Assert.Contains(ErrorsOf(json), e => e.EndsWith("title: appears more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_document_is_reported()
    {
        Assert.Single(ErrorsOf("   "));
    }
}
