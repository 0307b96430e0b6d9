using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Live;

/// <summary>The consolidated view shows every group of the workshop; the filter narrows it to one.</summary>
[Collection(LiveTabCollection.Name)]
public sealed class GroupFilterTests(LiveTabFixture tab)
{
    [Fact]
    public async Task Choosing_a_group_shows_only_that_group_and_keeps_it_live()
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var first = await tab.StartGroupAsync(channel);
        var second = await tab.StartGroupAsync(channel);
        Assert.Equal(first.WorkshopId, second.WorkshopId);
        var page = await tab.OpenMapAsync(first.WorkshopId);
        await Expect(page.Locator("section.group")).ToHaveCountAsync(2);

        await page.GetByLabel("Show groups").SelectOptionAsync(second.GroupId);

        await Expect(page.Locator("section.group")).ToHaveCountAsync(1);
        await Expect(page.Locator($"section.group[data-group-id='{second.GroupId}']")).ToBeVisibleAsync();
        // The other group's answer goes first: once the later one shows, the earlier one was seen and left out.
        await first.AnswerAsync("Lena, 45, two children");
        await second.AnswerAsync("Ahmed, 34, works nights");
        await Expect(page.GetByText("Ahmed, 34, works nights")).ToBeVisibleAsync();
        await Expect(page.GetByText("Lena, 45, two children")).ToHaveCountAsync(0);
        Assert.Contains($"groupId={second.GroupId}", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
