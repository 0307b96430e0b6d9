using System.Net;
using System.Text.Json.Nodes;

namespace TeamsJourney.Bot.Tests.Conversations;

/// <summary>
/// One channel thread with several people in it, talking to the real host: each member has their own Teams and
/// Entra ids, and every activity a fresh id so deliveries never look like redeliveries.
/// </summary>
internal sealed class LiveGroupThread(BotHost host, LocalChannelService channel, Uri serviceUrl, string conversationId)
{
    private static int _nextId;

    public string ConversationId => conversationId;

    /// <summary>The live card message, once the group has started.</summary>
    public string LiveCardId { get; private set; } = string.Empty;

    /// <summary>The live card as it was posted (its buttons carry the workshop, group and step).</summary>
    public CardReader PostedCard { get; private set; } = new([]);

    public TeamsActivities Member(string teamsId, string name) => new(serviceUrl, conversationId) { User = (teamsId, name) };

    public static string NextActivityId() => $"18{Interlocked.Increment(ref _nextId):D11}";

    /// <summary>
    /// Starts the group as <paramref name="starter"/> and remembers the live card it posted. These tests play one-answer
    /// cards, so the starter (the workshop's facilitator) switches the group to full depth and the live card follows.
    /// </summary>
    public async Task StartAsync(TeamsActivities starter, string scenarioId = "missed-bin-collection")
    {
        var before = channel.Calls.Count;
        await SayAsync(starter, $"start {scenarioId}");
        var posted = await channel.WaitForCallAsync(c => c.Card is not null && c.IsFor(conversationId) && !c.IsUpdate, skip: before);
        LiveCardId = posted.ReturnedId;
        var beforeDepth = channel.Calls.Count;
        await SayAsync(starter, "depth full");
        PostedCard = await WaitForLiveCardAsync(c => c.StepId == "persona.name", beforeDepth);
    }

    public async Task SayAsync(TeamsActivities who, string text)
    {
        var response = await host.PostActivityAsync(who.MessageMentioningBot(text, NextActivityId()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Presses a button of <paramref name="card"/> as <paramref name="who"/>; returns the card the invoke answered with.</summary>
    public async Task<CardReader> PressAsync(TeamsActivities who, CardReader card, string verb, JsonObject? extra = null)
    {
        var data = card.BaseData.DeepClone().AsObject();
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return await InvokeAsync(who.CardAction(verb, data, LiveCardId, NextActivityId()));
    }

    /// <summary>The automatic refresh a member's client runs: their own view of the card.</summary>
    public Task<CardReader> RefreshAsync(TeamsActivities who, CardReader card) =>
        InvokeAsync(who.AutomaticRefresh(card.BaseData.DeepClone().AsObject(), LiveCardId));

    /// <summary>Waits for an update of the live card that satisfies <paramref name="match"/>, after the first <paramref name="skip"/> calls.</summary>
    public async Task<CardReader> WaitForLiveCardAsync(Func<CardReader, bool> match, int skip = 0)
    {
        var update = await channel.WaitForCallAsync(c => c.IsUpdate && c.ActivityId == LiveCardId && c.Card is not null && match(new CardReader(c.Card)), skip: skip);
        return new CardReader(update.Card!);
    }

    /// <summary>Every call the bot made into this thread.</summary>
    public IReadOnlyList<ConnectorCall> Calls => [.. channel.Calls.Where(c => c.IsFor(conversationId))];

    private async Task<CardReader> InvokeAsync(JsonObject invoke)
    {
        var response = await host.PostActivityAsync(invoke);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The bot answered {response.StatusCode}: {body}");
        var answer = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        return new CardReader(answer["value"]!.AsObject());
    }
}
