using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Screenshots;

/// <summary>
/// A whole scenario walked in the bot, drawn by the tab in each Teams theme; the screenshots are
/// written to the test output's artifacts/ folder (map-default.png, map-dark.png, map-contrast.png,
/// side-panel.png, stage.png).
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class MapScreenshotTests(LiveTabFixture tab) : WalkedWorkshopTests(tab)
{
    [Theory]
    [MemberData(nameof(Themes))]
    public async Task The_full_map_draws_lanes_lines_curve_and_evidence_in_each_theme(string theme)
    {
        var page = await Tab.OpenMapAsync(Group.WorkshopId, $"&theme={theme}", theme == "default" ? ColorScheme.Light : ColorScheme.Dark);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", theme);
        await Expect(page.Locator("thead .stage-head")).ToHaveCountAsync(5);
        await Expect(page.GetByRole(AriaRole.Separator, new() { Name = "Line of interaction" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Separator, new() { Name = "Line of visibility" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Separator, new() { Name = "Line of internal interaction" })).ToBeVisibleAsync();
        await Expect(page.Locator(".emotion-curve .curve-point")).ToHaveCountAsync(5);
        await Expect(page.Locator(".badge-fact").First).ToBeVisibleAsync();
        await Expect(page.Locator(".badge-assumption").First).ToBeVisibleAsync();
        await Expect(page.Locator(".initiative").First).ToBeVisibleAsync();

        var file = await ScreenshotAsync(page, $"map-{theme}.png");
        Assert.True(new FileInfo(file).Length > 50_000, $"{file} looks empty.");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("sidePanel", "side-panel.png")]
    [InlineData("stage", "stage.png")]
    public async Task The_meeting_layouts_render_the_same_map(string view, string fileName)
    {
        var page = await Tab.OpenMapAsync(Group.WorkshopId, $"&view={view}");

        await Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex($"layout-{view}"));
        await Expect(page.GetByText("Sees the full green bin on the kerb after the lorry has gone").First).ToBeVisibleAsync();
        if (view == "sidePanel")
        {
            await page.SetViewportSizeAsync(320, 900);
            await Expect(page.Locator(".compact-stage")).ToHaveCountAsync(5);
            await Expect(page.Locator(".map-table")).ToHaveCountAsync(0);
        }
        else
        {
            await Expect(page.Locator(".map-table")).ToBeVisibleAsync();
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, fileName), FullPage = view != "sidePanel" });
        await page.Context.CloseAsync();
    }

    private static async Task<string> ScreenshotAsync(IPage page, string fileName)
    {
        var path = Path.Combine(RepositoryPaths.Artifacts, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
