using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Live;

/// <summary>Two people change the same item at the same moment: nothing is silently lost.</summary>
[Collection(LiveTabCollection.Name)]
public sealed class ConcurrentEditTests(LiveTabFixture tab)
{
    [Fact]
    public async Task Concurrent_edits_of_the_same_text_keep_one_and_tell_the_other_author()
    {
        var group = await tab.StartWorkshopAsync();
        var itemId = (string)(await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", "Hold music for 25 minutes"))["id"]!;
        var first = new MapPage(await tab.OpenMapAsync(group.WorkshopId));
        var second = new MapPage(await tab.OpenMapAsync(group.WorkshopId));
        await first.TypeNewTextAsync(itemId, "Waits 25 minutes on hold to report it");
        await second.TypeNewTextAsync(itemId, "Gives up on the phone after 25 minutes");

        await Task.WhenAll(first.SaveTextAsync(itemId), second.SaveTextAsync(itemId));

        await Expect(first.Editor(itemId)).ToHaveCountAsync(0);
        await Expect(second.Editor(itemId)).ToHaveCountAsync(0);
        var stored = (string)(await WaitForTextChangeAsync(group, itemId, "Hold music for 25 minutes"))!;
        var (winner, loser, lostText) = stored == "Waits 25 minutes on hold to report it"
            ? (first, second, "Gives up on the phone after 25 minutes")
            : (second, first, "Waits 25 minutes on hold to report it");
        Assert.Contains(stored, new[] { "Waits 25 minutes on hold to report it", "Gives up on the phone after 25 minutes" });

        await Expect(loser.ConflictNotices).ToHaveCountAsync(1);
        await Expect(loser.ConflictNotices).ToContainTextAsync("Your change was not saved");
        await Expect(loser.ConflictNotices).ToContainTextAsync(stored);
        await Expect(loser.ConflictNotices).ToContainTextAsync(lostText);
        await Expect(winner.ConflictNotices).ToHaveCountAsync(0);
        await Expect(loser.Item(itemId)).ToContainTextAsync(stored);
        await Expect(winner.Item(itemId)).ToContainTextAsync(stored);
        await loser.Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "conflict-notice.png") });
        await first.CloseAsync();
        await second.CloseAsync();
    }

    [Fact]
    public async Task Concurrent_edits_of_different_fields_of_one_item_both_survive()
    {
        var group = await tab.StartWorkshopAsync();
        var itemId = (string)(await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", "Form is hard to find"))["id"]!;
        var writer = new MapPage(await tab.OpenMapAsync(group.WorkshopId));
        var checker = new MapPage(await tab.OpenMapAsync(group.WorkshopId));
        await writer.TypeNewTextAsync(itemId, "The report form is three clicks deep");
        await checker.PressItemActionAsync(itemId, "Evidence");
        await checker.Dialog.GetByLabel("Assumption (still to test)").CheckAsync();

        await Task.WhenAll(
            writer.SaveTextAsync(itemId),
            checker.Dialog.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save evidence" }).ClickAsync());

        foreach (var page in new[] { writer, checker })
        {
            await Expect(page.Item(itemId)).ToContainTextAsync("The report form is three clicks deep");
            await Expect(page.Item(itemId).Locator(".badge-assumption")).ToBeVisibleAsync();
            await Expect(page.ConflictNotices).ToHaveCountAsync(0);
        }

        await writer.CloseAsync();
        await checker.CloseAsync();
    }

    private async Task<string?> WaitForTextChangeAsync(BotGroup group, string itemId, string original)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var item = await tab.Api.ItemAsync(group.WorkshopId, group.GroupId, itemId);
            if ((string?)item?["text"] != original)
            {
                return (string?)item?["text"];
            }

            await Task.Delay(100);
        }

        return original;
    }
}
