using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Performance;

/// <summary>
/// The tab draws every item of a 2,000-item map and marks when it was received and painted. How fast is
/// measured by the benchmark (tests/bench: `tab`), not asserted here: a timed test fails with the machine's load.
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class LargeMapRenderTests(LiveTabFixture tab)
{
    private const int ItemCount = 2_000;

    [Fact]
    public async Task A_map_of_two_thousand_items_is_drawn_whole_and_marks_its_paint_time()
    {
        var group = await tab.WalkedWorkshopAsync();
        var map = await tab.Api.MapAsync(group.WorkshopId);
        var large = WithItems(map, ItemCount).ToJsonString();
        var context = await tab.Browser.NewContextAsync(new() { BaseURL = tab.Host.BaseAddress.ToString(), ViewportSize = new() { Width = 1440, Height = 1000 } });
        var page = await context.NewPageAsync();
        // The real map endpoint answers for the real workshop; only its body is swapped for a large one.
        await page.RouteAsync("**/api/tab/workshops/*/map*", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = large }));

        await page.GotoAsync($"tab/?workshopId={Uri.EscapeDataString(group.WorkshopId)}");
        await Expect(page.Locator("article.item")).ToHaveCountAsync(ItemCount, new() { Timeout = 15_000 });
        var marks = await page.EvaluateAsync<double[]>(
            "['map-received', 'map-painted'].map(n => performance.getEntriesByName(n)[0]?.startTime ?? -1)");
        var (receivedAt, paintedAt) = (marks[0], marks[1]);
        var report = string.Create(CultureInfo.InvariantCulture,
            $"2,000 items: data in the page at {receivedAt:F0} ms after navigation (includes the test's route hand-off), drawn and painted {paintedAt - receivedAt:F0} ms later ({paintedAt:F0} ms after navigation).\n");
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts, "first-render-2000-items.txt"), report);

        Assert.True(receivedAt > 0 && paintedAt > receivedAt, report);
        await context.CloseAsync();
    }

    private static JsonObject WithItems(JsonObject map, int count)
    {
        var copy = map.DeepClone().AsObject();
        var groupNode = copy["groups"]![0]!.AsObject();
        var stages = groupNode["stages"]!.AsArray().Select(s => (string)s!["id"]!).ToArray();
        var lanes = copy["lanes"]!.AsArray().Select(l => (string)l!["lane"]!).ToArray();
        var items = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            items.Add(new JsonObject
            {
                ["id"] = $"large-{i}",
                ["stageId"] = stages[i % stages.Length],
                ["lane"] = lanes[i / stages.Length % lanes.Length],
                ["text"] = $"Item {i}: residents report the missed collection again",
                ["channel"] = lanes[i / stages.Length % lanes.Length] == "Touchpoint" ? "Web" : null,
                ["evidence"] = i % 3 == 0 ? new JsonObject { ["kind"] = "Fact", ["source"] = "Contact log" } : null,
                ["authorName"] = "Priya Shah",
                ["version"] = 1,
            });
        }

        groupNode["items"] = items;
        return copy;
    }
}
