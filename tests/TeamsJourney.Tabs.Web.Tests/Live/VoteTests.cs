using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Live;

/// <summary>Dot voting on initiatives from the tab.</summary>
[Collection(LiveTabCollection.Name)]
public sealed class VoteTests(LiveTabFixture tab)
{
    [Fact]
    public async Task A_vote_cast_in_one_tab_raises_the_count_in_the_other()
    {
        var group = await tab.StartWorkshopAsync();
        await MissedBinWalk.WalkAsync(group, stopAt: g => g.Verb("vote") is not null);
        var voter = new MapPage(await tab.OpenMapAsync(group.WorkshopId));
        var watcher = new MapPage(await tab.OpenMapAsync(group.WorkshopId));
        var initiative = voter.Page.Locator(".initiative", new() { HasText = "Report a missed bin in two taps" });
        var before = int.Parse(await initiative.Locator(".vote-count").TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        var vote = initiative.GetByRole(AriaRole.Button, new() { Name = "Vote for" });
        await vote.FocusAsync();
        await voter.Page.Keyboard.PressAsync("Enter");

        await Expect(initiative.GetByRole(AriaRole.Button, new() { Name = "Vote for" })).ToHaveAttributeAsync("aria-pressed", "true");
        var seenByWatcher = watcher.Page.Locator(".initiative", new() { HasText = "Report a missed bin in two taps" }).Locator(".vote-count");
        await Expect(seenByWatcher).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await voter.CloseAsync();
        await watcher.CloseAsync();
    }
}
