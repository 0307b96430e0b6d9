using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TeamsJourney.Testing.Scenarios;

/// <summary>
/// A breakout group talking to the bot through /api/messages, as a Teams client would: it starts a
/// scenario with a message and answers the cards by pressing their buttons.
/// </summary>
public sealed class BotGroup(HttpClient host, LocalChannelService connector, PlaygroundActivities activities)
{
    private CardReader _card = new([]);

    public JsonObject Card => _card.Card;

    // Remembered from the last card with buttons: the finished card has none.
    public string WorkshopId { get; private set; } = string.Empty;

    public string GroupId { get; private set; } = string.Empty;

    /// <summary>The data every button of the current card carries (workshop, group, step).</summary>
    public JsonObject BaseData => _card.BaseData;

    public async Task SayAsync(string text)
    {
        var before = connector.CardCount(activities.ConversationId);
        var response = await host.PostAsJsonAsync("api/messages", activities.MessageMentioningBot(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Take(await connector.WaitForCardAsync(activities.ConversationId, before));
    }

    /// <summary>Presses a card button; the invoke's answer is the refreshed card.</summary>
    public async Task PressAsync(string verb, JsonObject? extra = null)
    {
        var data = BaseData.DeepClone().AsObject();
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        var response = await host.PostAsJsonAsync("api/messages", activities.CardAction(verb, data));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The bot answered {response.StatusCode}: {body}");
        var answer = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        Take(answer["value"]!.AsObject());
    }

    private void Take(JsonObject card)
    {
        _card = new CardReader(card);
        if (StepId is not null)
        {
            WorkshopId = (string)BaseData["workshopId"]!;
            GroupId = (string)BaseData["groupId"]!;
        }
    }

    /// <summary>The step the current card is on, or null once the scenario is finished.</summary>
    public string? StepId => _card.StepId;

    public JsonObject? Verb(string verb) => _card.ExecuteActions.FirstOrDefault(a => (string?)a["verb"] == verb);

    public string? InputIdStartingWith(string prefix) => _card.Inputs.Select(i => (string?)i["id"]).FirstOrDefault(id => id?.StartsWith(prefix, StringComparison.Ordinal) == true);

    public IReadOnlyList<string> ChoiceValues(string inputId) => _card.ChoiceValues(inputId);

    public bool HasInput(string id) => _card.HasInput(id);

    /// <summary>True for an MVP card with several boxes ("in_&lt;key&gt;" inputs) sent with "answerInputs".</summary>
    public bool IsMultiInput => _card.HasVerb("answerInputs");

    /// <summary>The keys of an MVP card's boxes, in order: "name", "customerAction", "emotion", ...</summary>
    public IReadOnlyList<string> InputKeys => MultiInputCard.Keys(_card);

    /// <summary>
    /// Types <paramref name="text"/> as the answer to the current card, whatever its depth: the one answer box of a
    /// full-depth card, or the first box of an MVP card (the persona's name, a stage's customer action).
    /// </summary>
    public Task AnswerAsync(string text) => IsMultiInput
        ? PressAsync("answerInputs", new JsonObject { ["in_" + InputKeys[0]] = text, ["then"] = null })
        : PressAsync("answer", new JsonObject { ["answer"] = text });
}
