using System.Text.Json.Nodes;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Tests.Builders;

/// <summary>Builds small, valid scenario scripts as JSON that tests then bend out of shape.</summary>
internal sealed class ScriptBuilder
{
    private readonly JsonObject _root;

    private ScriptBuilder(JsonObject root) => _root = root;

    public static ScriptBuilder AScript() => new(new JsonObject
    {
        ["formatVersion"] = 1,
        ["id"] = "test-scenario",
        ["version"] = 1,
        ["title"] = "Test scenario",
        ["summary"] = "A short scenario for tests.",
        ["persona"] = new JsonObject
        {
            ["prompts"] = new JsonArray(
                Prompt("field", "name", "What is the persona called?"),
                Prompt("field", "goals", "What are their goals?")),
        },
        ["stages"] = new JsonArray(Stage("first", "First stage"), Stage("second", "Second stage")),
        ["emotion"] = new JsonObject { ["question"] = "How do they feel at {stage}?" },
        ["blueprint"] = new JsonObject
        {
            ["prompts"] = new JsonArray(Prompt("lane", "backstage", "What happens backstage during {stage}?")),
        },
        ["initiatives"] = new JsonObject
        {
            ["ideas"] = new JsonObject { ["question"] = "What could we do?" },
            ["voting"] = new JsonObject { ["dotsPerPerson"] = 2, ["question"] = "Vote." },
            ["impactEffort"] = new JsonObject { ["question"] = "Rate." },
        },
    });

    public ScriptBuilder WithStages(int count)
    {
        _root["stages"] = new JsonArray([.. Enumerable.Range(1, count).Select(i => (JsonNode)Stage($"stage-{i}", $"Stage {i}"))]);
        return this;
    }

    public ScriptBuilder With(string property, JsonNode? value)
    {
        _root[property] = value;
        return this;
    }

    public ScriptBuilder Without(string property)
    {
        _root.Remove(property);
        return this;
    }

    public ScriptBuilder Edit(Action<JsonObject> edit)
    {
        edit(_root);
        return this;
    }

    public string Json() => _root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    public ScenarioScript Load()
    {
        var result = ScenarioLoader.Load(Json());
        Assert.True(result.Succeeded, result.ToString());
        return result.Script!;
    }

    public static JsonObject Stage(string id, string name) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["prompts"] = new JsonArray(
            Prompt("lane", "customerAction", "What do they do?"),
            Prompt("lane", "painPoint", "What goes wrong?")),
    };

    private static JsonObject Prompt(string key, string value, string question) => new() { [key] = value, ["question"] = question };
}
