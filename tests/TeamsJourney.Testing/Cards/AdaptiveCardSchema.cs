using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace TeamsJourney.Testing.Cards;

/// <summary>
/// Validates card JSON against the official Adaptive Card 1.5 schema (tests/schemas/adaptive-card-1.5.json,
/// draft-06). Reusable: another test project can link this file and the schema (as schemas/adaptive-card-1.5.json
/// in its output). Teams' <c>msteams</c> card property is a host extension the schema does not list, so it is
/// checked here on its own and removed before the schema check.
/// </summary>
public static class AdaptiveCardSchema
{
    private static readonly string[] TeamsPropertyNames = ["width", "entities"];

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "schemas", "adaptive-card-1.5.json");

        // Loaded on the thread pool so no test synchronization context can deadlock the wait.
        return Task.Run(() => JsonSchema.FromFileAsync(path)).GetAwaiter().GetResult();
    });

    /// <summary>The schema violations of <paramref name="json"/>; empty when the card is valid.</summary>
    public static IReadOnlyCollection<string> Validate(string json)
    {
        JsonNode? card;
        try
        {
            card = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return [$"not JSON: {ex.Message}"];
        }

        if (card is not JsonObject root)
        {
            return ["the card is not a JSON object"];
        }

        var errors = new List<string>();
        if (root["msteams"] is { } teams)
        {
            errors.AddRange(CheckTeamsProperties(teams));
            root.Remove("msteams");
        }

        errors.AddRange(Schema.Value.Validate(root.ToJsonString()).SelectMany(Describe));
        return errors;
    }

    private static IEnumerable<string> CheckTeamsProperties(JsonNode teams)
    {
        if (teams is not JsonObject properties)
        {
            yield return "msteams: must be an object";
            yield break;
        }

        foreach (var (name, value) in properties)
        {
            if (!TeamsPropertyNames.Contains(name))
            {
                yield return $"msteams.{name}: not a Teams card property";
            }
            else if (name == "width" && value?.GetValue<string>() != "Full")
            {
                yield return "msteams.width: Teams knows only \"Full\"";
            }
        }
    }

    private static IEnumerable<string> Describe(ValidationError error)
    {
        yield return $"{error.Path}: {error.Kind}";
        if (error is ChildSchemaValidationError child)
        {
            foreach (var nested in child.Errors.Values.SelectMany(e => e).SelectMany(Describe))
            {
                yield return "  " + nested;
            }
        }
    }
}
