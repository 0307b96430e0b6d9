using System.Net;
using System.Text.Json.Nodes;

namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>
/// A breakout group of several people in its own channel thread, talking to the real host through /api/messages: each
/// member has their own Teams user id and Entra object id, and every activity a fresh id (so none looks redelivered).
/// The group remembers its one live card message and the card as everyone in the thread last saw it.
/// </summary>
internal sealed class BreakoutGroup
{
    private static int _nextActivityId;
    private readonly BotHost _host;
    private readonly LocalChannelService _channel;

    public BreakoutGroup(BotHost host, LocalChannelService channel, int number, int size)
    {
        _host = host;
        _channel = channel;
        Number = number;
        ConversationId = $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}";
        Members = [.. Enumerable.Range(1, size).Select(m =>
            new TeamsActivities(channel.ServiceUrl, ConversationId) { User = ($"29:group{number}-member{m}", $"Member {number}.{m}") })];
    }

    public int Number { get; }

    public string ConversationId { get; }

    /// <summary>The members, each a Teams user (29:…) with their own Entra object id (aad-29:…).</summary>
    public IReadOnlyList<TeamsActivities> Members { get; }

    /// <summary>The group's one live card message in its thread.</summary>
    public string LiveCardId { get; private set; } = string.Empty;

    /// <summary>The shared card as the thread shows it now: the newest update of the live card.</summary>
    public CardReader LiveCard { get; private set; } = new([]);

    public string WorkshopId => (string)LiveCard.BaseData["workshopId"]!;

    public string GroupId => (string)LiveCard.BaseData["groupId"]!;

    /// <summary>Every call the bot made into this group's thread.</summary>
    public IReadOnlyList<ConnectorCall> Calls => [.. _channel.Calls.Where(c => c.IsFor(ConversationId))];

    /// <summary>The first member starts the group with a bare "start": it joins the channel's current workshop.</summary>
    public async Task StartAsync()
    {
        var before = _channel.Calls.Count;
        await SayAsync(Members[0], "start");
        var posted = await _channel.WaitForCallAsync(c => c.IsCardFor(ConversationId) && !c.IsUpdate, skip: before);
        LiveCardId = posted.ReturnedId;
        LiveCard = new CardReader(posted.Card!);
    }

    public async Task SayAsync(TeamsActivities who, string text)
    {
        var response = await _host.PostActivityAsync(who.MessageMentioningBot(text, NextActivityId()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Presses <paramref name="verb"/> on <paramref name="card"/> (which may be outdated); returns the card the invoke answered with.</summary>
    public async Task<CardReader> PressAsync(TeamsActivities who, CardReader card, string verb, JsonObject? extra = null)
    {
        var data = card.BaseData.DeepClone().AsObject();
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        var response = await _host.PostActivityAsync(who.CardAction(verb, data, LiveCardId, NextActivityId()));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The bot answered {response.StatusCode}: {body}");
        var answer = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        return new CardReader(answer["value"]!.AsObject());
    }

    /// <summary>True when <paramref name="call"/> is an update of this group's live card that <paramref name="shows"/>.</summary>
    public bool IsLiveCardUpdate(ConnectorCall call, Func<CardReader, bool> shows) =>
        call.IsUpdate && call.IsFor(ConversationId) && call.ActivityId == LiveCardId && call.Card is not null && shows(new CardReader(call.Card));

    /// <summary>Takes <paramref name="update"/> as what the thread now shows.</summary>
    public void Saw(ConnectorCall update) => LiveCard = new CardReader(update.Card!);

    private static string NextActivityId() => $"19{Interlocked.Increment(ref _nextActivityId):D11}";
}
