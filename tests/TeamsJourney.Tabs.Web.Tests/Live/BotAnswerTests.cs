using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Live;

/// <summary>A card answered in the bot shows up in every open tab without a reload.</summary>
[Collection(LiveTabCollection.Name)]
public sealed class BotAnswerTests(LiveTabFixture tab)
{
    [Fact]
    public async Task A_bot_answer_appears_in_two_open_tabs_within_one_second()
    {
        var group = await tab.StartWorkshopAsync();
        Assert.True(group.IsMultiInput, "The first card of a scenario (MVP depth) asks for the persona.");
        var first = await tab.OpenMapAsync(group.WorkshopId);
        var second = await tab.OpenMapAsync(group.WorkshopId);
        var answer = $"Maureen Adeyemi {Guid.NewGuid().ToString("N")[..6]}";

        var clock = Stopwatch.StartNew();
        var appearsInFirst = Expect(first.GetByText(answer).First).ToBeVisibleAsync(new() { Timeout = 1_000 });
        var appearsInSecond = Expect(second.GetByText(answer).First).ToBeVisibleAsync(new() { Timeout = 1_000 });
        await Task.WhenAll(group.AnswerAsync(answer), appearsInFirst, appearsInSecond);
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"The answer took {clock.ElapsedMilliseconds} ms to reach both tabs.");
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }
}
