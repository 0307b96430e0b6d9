using System.Text;
using System.Text.Json.Nodes;
using TeamsJourney.Testing.Text;

namespace TeamsJourney.Testing.Fuzz;

/// <summary>
/// Activity bodies a broken or malicious channel might send, from a seed (the same seed gives the same run): Teams-
/// shaped messages, card presses, legacy submits and membership updates carrying hostile text, then structural
/// mutations (members removed, nulled or of the wrong JSON type, null entities, a mention id that is an array) and
/// byte-level damage (invalid UTF-8, lone surrogate escapes, truncation). Some activity ids repeat, as redeliveries.
/// </summary>
public sealed class HostileActivities
{
    private static readonly string[] Commands =
    [
        "help", "scenarios", "start missed-bin-collection", "start missed-bin-collection as Night shift", "next", "back", "skip", "status",
        "finish stage", "pause", "resume", "advance all", "documents-not-a-command", "start", "start nonexistent",
    ];

    private static readonly string[] Verbs =
    [
        "next", "back", "skip", "answer", "vote", "unvote", "rate", "pause", "resume", "refresh", "start", "loadScenario", "advanceAll", "finishStage", "", "no-such-verb",
    ];

    private static readonly string[] Texts =
    [
        HostileText.Markup, HostileText.ControlCharacters, HostileText.LoneSurrogates, HostileText.NonCharacters, HostileText.RightToLeft,
        HostileText.Arabic, HostileText.Emoji, HostileText.Sample, HostileText.UnbrokenAnswer, "", " ", "\u00A0", "Margaret, 78, lives alone",
    ];

    private readonly Random _random;
    private readonly Uri _serviceUrl;
    private readonly TeamsActivities[] _threads;
    private readonly List<(string Thread, string Id)> _sent = [];

    public HostileActivities(Uri serviceUrl, int seed, int threads = 8)
    {
        _random = new Random(seed);
        _serviceUrl = serviceUrl;
        _threads = [.. Enumerable.Range(0, threads).Select(i => new TeamsActivities(serviceUrl, $"{TeamsActivities.ChannelId};messageid=17{seed % 1000:D3}{i:D7}"))];
    }

    /// <summary>The next hostile body, as the bytes to POST.</summary>
    public byte[] Next()
    {
        var thread = _threads[_random.Next(_threads.Length)];
        var activity = Shape(thread);
        if (_sent.Count > 0 && _random.Next(10) == 0)
        {
            // A redelivery: the id (and conversation) of an activity sent before.
            var (conversation, id) = _sent[_random.Next(_sent.Count)];
            activity["id"] = id;
            if (activity["conversation"] is JsonObject c)
            {
                c["id"] = conversation;
            }
        }
        else if (activity["id"] is JsonValue id && id.TryGetValue<string>(out var text))
        {
            _sent.Add((thread.ConversationId, text));
        }

        var mutations = _random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            Mutate(activity);
        }

        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString());
        return _random.Next(12) == 0 ? Damage(bytes) : bytes;
    }

    private JsonObject Shape(TeamsActivities thread) => _random.Next(20) switch
    {
        < 6 => thread.MessageMentioningBot(MessageText()),
        < 12 => thread.CardAction(Pick(Verbs), CardData(), _random.Next(3) == 0 ? null : "activity-" + _random.Next(100)),
        12 => LegacySubmit(thread),
        13 or 14 => thread.BotAdded(),
        15 => thread.Installed(),
        16 => WithType(thread.MessageMentioningBot("x"), Pick(["event", "messageReaction", "messageUpdate", "messageDelete", "typing", "endOfConversation", "no-such-type"])),
        17 => WithName(thread.CardAction("next", []), Pick(["composeExtension/query", "task/fetch", "signin/verifyState", "", "adaptiveCard/action "])),
        _ => thread.MessageMentioningBot(Pick(Texts)),
    };

    private string MessageText() => _random.Next(10) switch
    {
        0 => "load scenario " + Pick(["{", "{\"id\":\"x\\ud800\"}", "[]", "{\"formatVersion\":1}", HostileText.Markup]),
        1 => Pick(Commands) + " " + Pick(Texts),
        2 when _random.Next(8) == 0 => HostileText.OfLength(100_000),
        3 => HostileText.Mixed,
        _ => Pick(Commands),
    };

    private JsonObject CardData()
    {
        var data = new JsonObject();
        foreach (var name in new[] { "stepId", "groupId", "scenarioId", "answer", "text", "itemId", "initiativeId", "impact", "effort", "scenarioJson", "channel", "evidence" })
        {
            if (_random.Next(3) == 0)
            {
                data[name] = RandomValue();
            }
        }

        return data;
    }

    private JsonObject LegacySubmit(TeamsActivities thread)
    {
        var message = thread.MessageMentioningBot(string.Empty);
        message.Remove("text");
        message["value"] = _random.Next(4) == 0 ? RandomValue() : new JsonObject { ["verb"] = Pick(Verbs), ["stepId"] = RandomValue() };
        message["replyToId"] = _random.Next(2) == 0 ? null : "activity-" + _random.Next(100);
        return message;
    }

    private static JsonObject WithType(JsonObject activity, string type)
    {
        activity["type"] = type;
        return activity;
    }

    private static JsonObject WithName(JsonObject activity, string name)
    {
        activity["name"] = name;
        return activity;
    }

    // One structural change somewhere in the tree: the shapes a careless channel or a fuzzer produce.
    private void Mutate(JsonObject activity)
    {
        switch (_random.Next(8))
        {
            case 0:
                activity["entities"] = new JsonArray(null, new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = new JsonArray("28:x") } }, RandomValue());
                return;
            case 1:
                activity["channelData"] = _random.Next(2) == 0 ? RandomValue() : new JsonObject { ["tenant"] = RandomValue(), ["team"] = RandomValue(), ["channel"] = RandomValue() };
                return;
            case 2:
                activity["membersAdded"] = new JsonArray(null, RandomValue(), new JsonObject { ["id"] = RandomValue() });
                return;
            case 3 when activity["value"] is JsonObject value:
                value["action"] = _random.Next(2) == 0 ? RandomValue() : new JsonObject { ["type"] = RandomValue(), ["verb"] = RandomValue(), ["data"] = RandomValue() };
                return;
        }

        var nodes = new List<(JsonObject Parent, string Name)>();
        Collect(activity, nodes);
        if (nodes.Count == 0)
        {
            return;
        }

        var (parent, name) = nodes[_random.Next(nodes.Count)];

        // The tenant and the service URL are checked before the bot sees anything (another tenant is ignored, another
        // service URL is 401): changed rarely, so most bodies reach the handlers.
        if (name is "serviceUrl" or "tenantId" or "tenant" && _random.Next(10) != 0)
        {
            return;
        }

        if (_random.Next(4) == 0)
        {
            parent.Remove(name);
        }
        else
        {
            parent[name] = RandomValue();
        }
    }

    private static void Collect(JsonObject node, List<(JsonObject, string)> nodes)
    {
        foreach (var (name, child) in node)
        {
            nodes.Add((node, name));
            if (child is JsonObject obj)
            {
                Collect(obj, nodes);
            }
        }
    }

    private JsonNode? RandomValue() => _random.Next(10) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(2) == 0 ? -1 : long.MaxValue),
        2 => JsonValue.Create(_random.NextDouble() * 1e300),
        3 => JsonValue.Create(_random.Next(2) == 0),
        4 => new JsonArray(null, JsonValue.Create(1), JsonValue.Create(Pick(Texts))),
        5 => new JsonObject { ["id"] = new JsonArray(), ["text"] = null },
        6 => JsonValue.Create(new string('x', _random.Next(1, 20_000))),
        _ => JsonValue.Create(Pick(Texts)),
    };

    // Byte-level damage the JSON writer would never produce: invalid UTF-8, an escaped lone surrogate, a cut body.
    private byte[] Damage(byte[] body)
    {
        var at = _random.Next(Math.Max(1, body.Length));
        return _random.Next(3) switch
        {
            0 => [.. body.AsSpan(0, at), 0xC3, 0x28, 0xFF, .. body.AsSpan(at)],
            1 => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"text\":\"", "\"text\":\"\\ud800", StringComparison.Ordinal).Replace("\"verb\":\"", "\"verb\":\"\\udfff", StringComparison.Ordinal)),
            _ => body[..at],
        };
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
