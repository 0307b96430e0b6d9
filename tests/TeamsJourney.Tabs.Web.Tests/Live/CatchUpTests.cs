using System.Text.Json.Nodes;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Live;

/// <summary>A tab that lost its connection catches up from the version it last saw.</summary>
[Collection(LiveTabCollection.Name)]
public sealed class CatchUpTests(LiveTabFixture tab)
{
    [Fact]
    public async Task A_tab_that_was_offline_shows_the_answers_given_meanwhile_once_back()
    {
        var group = await tab.StartWorkshopAsync();
        var page = await tab.OpenMapAsync(group.WorkshopId);
        var connection = page.Locator(".connection");

        await page.Context.SetOfflineAsync(true);
        await Expect(connection).Not.ToHaveTextAsync("Live", new() { Timeout = 60_000 });
        await group.AnswerAsync("Doreen, 81, answered while the tab was offline");
        await Expect(page.GetByText("Doreen, 81, answered while the tab was offline")).ToHaveCountAsync(0);
        await page.Context.SetOfflineAsync(false);

        await Expect(connection).ToHaveTextAsync("Live", new() { Timeout = 30_000 });
        await Expect(page.GetByText("Doreen, 81, answered while the tab was offline").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
