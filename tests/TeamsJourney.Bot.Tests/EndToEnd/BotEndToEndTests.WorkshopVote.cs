using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Workshops.Plenary;

namespace TeamsJourney.Bot.Tests.EndToEnd;

public abstract partial class BotEndToEndTests
{
    [Fact]
    public async Task Members_of_different_groups_vote_across_the_workshop_from_chat_and_the_posted_card_shows_the_totals()
    {
        await using var host = StartHost();
        var tableOne = new GroupWalker(host, Channel, AThread());
        var tableTwo = new GroupWalker(host, Channel, AThread());
        await tableOne.SayAsync("start missed-bin-collection as Table 1");
        await tableTwo.SayAsync("start missed-bin-collection as Table 2");
        Assert.Equal(tableOne.WorkshopId, tableTwo.WorkshopId);
        var textUpdates = await ProposeAsync(host, tableOne, "Text when the crew is on the way");
        await ProposeAsync(host, tableTwo, "Autosave the report form");

        var before = Channel.Calls.Count;
        await host.PostActivityAsync(tableOne.Teams.MessageMentioningBot("workshop vote"));
        var posted = await Channel.WaitForCallAsync(c => c.CardText.Contains("Vote across the workshop", StringComparison.Ordinal), skip: before);
        Assert.Contains("Text when the crew is on the way", posted.CardText, StringComparison.Ordinal);
        Assert.Contains("Autosave the report form", posted.CardText, StringComparison.Ordinal);

        // Ann sits at table 1, Ben at table 2: both press the card that was posted in table 1's thread.
        tableOne.Teams.User = ("29:ann", "Ann");
        var annsView = await PressVoteAsync(host, tableOne, posted.ReturnedId, "workshopDot", tableOne.GroupId, textUpdates);
        Assert.Contains("You have 2 of 3 dots left", annsView, StringComparison.Ordinal);
        Assert.Contains("Take my dot back", annsView, StringComparison.Ordinal);
        var update = await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.ActivityId == posted.ReturnedId);
        Assert.Contains("Text when the crew is on the way — 1 dot", update.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Take my dot back", update.CardText, StringComparison.Ordinal);

        tableOne.Teams.User = ("29:ben", "Ben");
        await PressVoteAsync(host, tableOne, posted.ReturnedId, "workshopDot", tableOne.GroupId, textUpdates);
        var again = await PressVoteAsync(host, tableOne, posted.ReturnedId, "workshopDot", tableOne.GroupId, textUpdates);
        Assert.Contains("already put a dot", again, StringComparison.Ordinal);

        var plenary = (await host.Services.GetRequiredService<ReadPlenary>().ReadAsync(tableOne.WorkshopId))!;
        var pooled = plenary.Initiatives.Initiatives[0];
        Assert.Equal("Text when the crew is on the way", pooled.Title);
        Assert.Equal(["aad-29:ann", "aad-29:ben"], pooled.VoterIds.Order(StringComparer.Ordinal));
    }

    private static async Task<string> ProposeAsync(BotHost host, GroupWalker group, string title)
    {
        var context = CommandContext.Create(new CommandActor("aad-29:priya", "Priya Shah", IsFacilitator: false), DateTimeOffset.UtcNow);
        var result = await host.Repository.ExecuteAsync(group.WorkshopId, group.GroupId, null, new ProposeInitiative(title, []), context, null);
        return result.Events.OfType<InitiativeProposed>().Single().InitiativeId;
    }

    private static async Task<string> PressVoteAsync(BotHost host, GroupWalker group, string cardId, string verb, string groupId, string initiativeId)
    {
        var data = new JsonObject { ["workshopId"] = group.WorkshopId, ["groupId"] = groupId, ["initiativeId"] = initiativeId };
        var response = await host.PostActivityAsync(group.Teams.CardAction(verb, data, cardId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
