using System.Net;
using System.Text.Json.Nodes;

namespace TeamsJourney.Testing.Scenarios;

/// <summary>
/// Plays a breakout group in a channel thread: starts a scenario by @mentioning the bot, then answers
/// every card by pressing its buttons (Action.Execute invokes), remembering what it typed.
/// </summary>
public sealed class GroupWalker(BotHost host, LocalChannelService channel, TeamsActivities teams)
{
    public List<string> Answers { get; } = [];

    public TeamsActivities Teams => teams;

    /// <summary>Acts on a card seen earlier (e.g. to replay a press exactly as it was delivered).</summary>
    public void UseCard(CardReader card, string? cardActivityId)
    {
        Card = card;
        CardActivityId = cardActivityId;
    }

    public CardReader Card { get; private set; } = new([]);

    public string? CardActivityId { get; private set; }

    // Remembered from the last card that had buttons: the finished card has none.
    public string WorkshopId { get; private set; } = string.Empty;

    public string GroupId { get; private set; } = string.Empty;

    /// <summary>Sends a message and takes the card the bot replied with in the thread.</summary>
    public async Task<CardReader> SayAsync(string text)
    {
        var before = channel.Calls.Count;
        var response = await host.PostActivityAsync(teams.MessageMentioningBot(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Only this thread's cards: other groups' live cards are updated in their own threads meanwhile.
        var reply = await channel.WaitForCallAsync(c => c.IsCardFor(teams.ConversationId), skip: before);
        CardActivityId = reply.ReturnedId;
        Take(new CardReader(reply.Card!));
        return Card;
    }

    /// <summary>Presses a button; the invoke response carries the refreshed card.</summary>
    public async Task<CardReader> PressAsync(string verb, JsonObject? extra = null, string? activityId = null)
    {
        var data = Card.BaseData.DeepClone().AsObject();
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        var response = await host.PostActivityAsync(teams.CardAction(verb, data, CardActivityId, activityId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Take(new CardReader(body["value"]!.AsObject()));
        return Card;
    }

    /// <summary>
    /// The facilitator (the walker's own person, who started the first group) sets the workshop to full depth; the
    /// running group switches, and the walker takes its current card again.
    /// </summary>
    public async Task UseFullDepthAsync()
    {
        var liveCard = CardActivityId;
        var before = channel.Calls.Count;
        var response = await host.PostActivityAsync(teams.MessageMentioningBot("depth full"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await channel.WaitForCallAsync(c => c.Method == "POST" && c.CardText.Contains("Workshop depth", StringComparison.Ordinal), skip: before);
        Assert.Contains("works at full depth", reply.CardText, StringComparison.Ordinal);

        // The switch is a stored change, so the group's live card follows with an update; then "status" posts the card
        // anew at the bottom of the thread and the old one is updated to point to it. Waiting for both keeps later
        // reads from mistaking those updates for answers.
        await channel.WaitForCallAsync(c => c.IsUpdate && c.ActivityId == liveCard, skip: before);
        var beforeStatus = channel.Calls.Count;
        var status = await host.PostActivityAsync(teams.MessageMentioningBot("status"));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var posted = await channel.WaitForCallAsync(c => c.Method == "POST" && c.IsCardFor(teams.ConversationId), skip: beforeStatus);
        CardActivityId = posted.ReturnedId;
        Take(new CardReader(posted.Card!));
        await channel.WaitForCallAsync(c => c.IsUpdate && c.ActivityId == liveCard, skip: beforeStatus);
    }

    /// <summary>How many distinct cards (steps) the walker has been shown since it started.</summary>
    public List<string> StepsSeen { get; } = [];

    /// <summary>Answers the current step as a group would, and moves on to the next step.</summary>
    public async Task AnswerCurrentStepAsync(int turn)
    {
        var step = Card.StepId;
        if (Card.HasVerb("answerInputs"))
        {
            // An MVP card: every box filled, saved and moved on in one press ("Save and next").
            var fill = MultiInputCard.Fill(
                Card,
                key =>
                {
                    var text = $"Answer {turn} to {step} {key}";
                    Answers.Add(text);
                    return text;
                },
                emotion: -1,
                channel: "Web",
                key => turn % 2 == 0 ? ("Fact", "Missed collections log, April") : ("Assumption", "Contact centre team's view"));
            fill["then"] = "next";
            await PressAsync("answerInputs", fill);
            return;
        }

        if (Card.HasInput("answer"))
        {
            var text = $"Answer {turn} to {step}";
            Answers.Add(text);
            var extra = new JsonObject { ["answer"] = text };
            if (Card.HasInput("channel"))
            {
                extra["channel"] = "Web";
            }

            if (Card.HasInput("evidenceKind"))
            {
                extra["evidenceKind"] = turn % 2 == 0 ? "Fact" : "Assumption";
                extra["evidenceSource"] = "Missed collections log, April";
            }

            await PressAsync("answer", extra);
        }
        else if (Card.HasInput("emotion"))
        {
            await PressAsync("emotion", new JsonObject { ["emotion"] = "-1" });
        }
        else if (Card.HasInput("title"))
        {
            var title = $"Idea {turn}: text alerts the day before collection";
            Answers.Add(title);
            var painPoints = Card.HasInput("painPoints") ? Card.ChoiceValues("painPoints")[0] : string.Empty;
            await PressAsync("propose", new JsonObject { ["title"] = title, ["painPoints"] = painPoints });
        }
        else if (Card.HasVerb("vote"))
        {
            await PressAsync("vote", new JsonObject { ["initiativeId"] = (string)Card.Action("vote")["data"]!["initiativeId"]! });
        }
        else if (Card.Inputs.FirstOrDefault(i => ((string?)i["id"])?.StartsWith("impact_", StringComparison.Ordinal) == true) is { } impact)
        {
            var initiativeId = ((string)impact["id"]!)["impact_".Length..];
            await PressAsync("rate", new JsonObject { ["initiativeId"] = initiativeId, ["impact_" + initiativeId] = "4", ["effort_" + initiativeId] = "2" });
        }

        if (Card.StepId == step && Card.HasVerb("next"))
        {
            await PressAsync("next");
        }
    }

    private void Take(CardReader card)
    {
        Card = card;
        if (card.StepId is { } stepId && (StepsSeen.Count == 0 || StepsSeen[^1] != stepId))
        {
            StepsSeen.Add(stepId);
        }

        if (card.StepId is not null)
        {
            WorkshopId = (string)card.BaseData["workshopId"]!;
            GroupId = (string)card.BaseData["groupId"]!;
        }
    }

    public bool IsFinished => !Card.HasVerb("next") && !Card.HasVerb("answerInputs");
}
