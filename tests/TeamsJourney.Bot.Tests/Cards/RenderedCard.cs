using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>
/// A card as Teams receives it (its JSON), with questions a test asks about what a user would see:
/// the inputs, the buttons and the text.
/// </summary>
internal sealed class RenderedCard
{
    private RenderedCard(AdaptiveCard card)
    {
        Json = AdaptiveCardSerializer.ToJson(card);
        Root = JsonNode.Parse(Json)!.AsObject();
        SizeInBytes = AdaptiveCardSerializer.MeasureUtf8Bytes(card);
        FitsSizeBudget = AdaptiveCardSerializer.FitsSizeBudget(card);
    }

    public string Json { get; }

    public JsonObject Root { get; }

    public int SizeInBytes { get; }

    public bool FitsSizeBudget { get; }

    /// <summary>Every Action.Execute on the card, in the body, the action bar and the refresh.</summary>
    public IReadOnlyList<JsonObject> ExecuteActions => [.. Objects().Where(o => TypeOf(o) == "Action.Execute")];

    /// <summary>The verbs of the buttons a user can press (not the refresh).</summary>
    public IReadOnlyList<string> ButtonVerbs =>
        [.. Objects(Root["body"]).Concat(Objects(Root["actions"])).Where(o => TypeOf(o) == "Action.Execute").Select(o => (string)o["verb"]!)];

    /// <summary>What a user reads: every TextBlock, and the title and value of every fact and choice.</summary>
    public IReadOnlyList<string> Texts => [.. Objects().SelectMany(TextsOf)];

    /// <summary>
    /// The text Teams renders as markdown: TextBlocks and facts. Choice and button titles are shown as plain text,
    /// so a "[a](b)" there can never become a link.
    /// </summary>
    public IReadOnlyList<string> MarkdownTexts =>
    [
        .. Objects().Where(o => TypeOf(o) == "TextBlock").Select(o => (string)o["text"]!),
        .. Objects().Where(o => TypeOf(o) == "FactSet").SelectMany(o => o["facts"]!.AsArray()).SelectMany(f => new[] { (string)f!["title"]!, (string)f["value"]! }),
    ];

    public JsonObject? Refresh => Root["refresh"]?.AsObject();

    public static RenderedCard Of(AdaptiveCard card) => new(card);

    public static string TypeOf(JsonObject node) => (string?)node["type"] ?? string.Empty;

    /// <summary>The input with the given id, or null when the card has none.</summary>
    public JsonObject? Input(string id) => Objects().FirstOrDefault(o => TypeOf(o).StartsWith("Input.", StringComparison.Ordinal) && (string?)o["id"] == id);

    public IReadOnlyList<string> ChoiceValues(string inputId) =>
        [.. (Input(inputId)?["choices"]?.AsArray() ?? []).Select(c => (string)c!["value"]!)];

    public IReadOnlyList<JsonObject> ButtonsWithVerb(string verb) => [.. ExecuteActions.Where(a => (string?)a["verb"] == verb && !IsRefreshAction(a))];

    private bool IsRefreshAction(JsonObject action) => ReferenceEquals(Refresh?["action"], action);

    private IEnumerable<JsonObject> Objects() => Objects(Root);

    private static IEnumerable<string> TextsOf(JsonObject node)
    {
        if (TypeOf(node) == "TextBlock")
        {
            yield return (string)node["text"]!;
        }
        else if (TypeOf(node).Length == 0 && node["title"] is JsonValue title && node["value"] is JsonValue value)
        {
            yield return (string)title!;
            yield return (string)value!;
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            default:
                break;
        }
    }
}
