using System.Net;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;

namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>
/// A workshop run the documented way, through /api/messages: a facilitator types "new workshop" in their own thread
/// and saves the form; groups start in their own threads with distinct members.
/// </summary>
internal sealed class FacilitatedWorkshop(BotHost host, LocalChannelService channel, Func<TeamsActivities> newThread)
{
    public TeamsActivities Facilitator { get; } = WithUser(newThread(), "29:facilitator-priya", "Priya Shah");

    /// <summary>The facilitator's form message: the workshop's identity and, once saved, its console card.</summary>
    public string ConsoleActivityId { get; private set; } = string.Empty;

    public List<GroupWalker> Groups { get; } = [];

    public CardReader Console { get; private set; } = new([]);

    public static TeamsActivities WithUser(TeamsActivities thread, string id, string name)
    {
        thread.User = (id, name);
        return thread;
    }

    /// <summary>"new workshop", then the form saved with <paramref name="form"/> (time boxes in minutes, etc.).</summary>
    public async Task<CardReader> CreateAsync(JsonObject form)
    {
        var before = channel.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Facilitator.MessageMentioningBot("new workshop"))).StatusCode);
        var formCall = await channel.WaitForCallAsync(c => c.Card is not null && c.Conversation == Facilitator.ConversationId, skip: before);
        Assert.True(new CardReader(formCall.Card!).HasVerb(CardVerbs.SaveWorkshop));
        ConsoleActivityId = formCall.ReturnedId;
        return await PressConsoleAsync(CardVerbs.SaveWorkshop, form);
    }

    /// <summary>Presses a button of the console (or the form); the invoke answer is the console as the facilitator sees it.</summary>
    public async Task<CardReader> PressConsoleAsync(string verb, JsonObject? data = null)
    {
        var response = await host.PostActivityAsync(Facilitator.CardAction(verb, data ?? [], ConsoleActivityId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Console = new CardReader(body["value"]!.AsObject());
        return Console;
    }

    /// <summary>The facilitator types in their thread; returns the card the bot answered with.</summary>
    public async Task<CardReader> SayAsync(string text)
    {
        var before = channel.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Facilitator.MessageMentioningBot(text))).StatusCode);
        return new CardReader((await channel.WaitForCallAsync(c => c.Card is not null && c.Conversation == Facilitator.ConversationId && c.Method == "POST", skip: before)).Card!);
    }

    /// <summary>A group of members (distinct Entra object ids) starts in a new thread with a bare "start".</summary>
    public async Task<GroupWalker> StartGroupAsync(int number, string start = "start")
    {
        var thread = WithUser(newThread(), $"29:member-{number}-1", $"Member {number}.1");
        var group = new GroupWalker(host, channel, thread);
        await group.SayAsync(start);
        Groups.Add(group);
        return group;
    }

    /// <summary>Every Connector call the bot made into a group's thread.</summary>
    public IEnumerable<ConnectorCall> CallsIntoGroups() =>
        channel.Calls.Where(c => Groups.Any(g => g.Teams.ConversationId == c.Conversation));
}
