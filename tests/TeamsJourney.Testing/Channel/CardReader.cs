using System.Text.Json.Nodes;

namespace TeamsJourney.Testing.Channel;

/// <summary>Reads an Adaptive Card the bot sent the way a person would use it: its inputs and its buttons.</summary>
public sealed class CardReader(JsonObject card)
{
    public JsonObject Card { get; } = card;

    public IReadOnlyList<JsonObject> ExecuteActions => [.. Walk(Card).Where(n => (string?)n["type"] == "Action.Execute")];

    public IReadOnlyList<JsonObject> Inputs => [.. Walk(Card).Where(n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)];

    public bool HasInput(string id) => Inputs.Any(i => (string?)i["id"] == id);

    public bool HasVerb(string verb) => ExecuteActions.Any(a => (string?)a["verb"] == verb);

    public JsonObject Action(string verb) => ExecuteActions.First(a => (string?)a["verb"] == verb);

    /// <summary>The data every action of a group card carries (workshop, group, step).</summary>
    public JsonObject BaseData => ExecuteActions.Select(a => a["data"]?.AsObject()).First(d => d?["stepId"] is not null)!;

    public string? StepId => ExecuteActions.Select(a => (string?)a["data"]?["stepId"]).FirstOrDefault(s => s is not null);

    public string Text => string.Join('\n', Walk(Card).Where(n => (string?)n["type"] == "TextBlock").Select(n => (string?)n["text"]));

    public IReadOnlyList<string> ChoiceValues(string inputId) =>
        [.. Inputs.First(i => (string?)i["id"] == inputId)["choices"]!.AsArray().Select(c => (string)c!["value"]!)];

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var found in Walk(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var found in Walk(item))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
