using System.Collections.Concurrent;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Security;

/// <summary>
/// The host's Content-Security-Policy (style-src 'self', no inline script, WebSockets to its own origin) leaves every
/// page working: Chromium reports no violation while each page loads, goes live on the hub and draws its content.
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class ContentSecurityPolicyTests(LiveTabFixture tab)
{
    [Fact]
    public async Task The_map_config_plenary_and_task_pane_pages_load_with_no_policy_violation()
    {
        var group = await tab.WalkedWorkshopAsync();
        var workshop = Uri.EscapeDataString(group.WorkshopId);
        var violations = new ConcurrentQueue<string>();
        await using var context = await tab.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = tab.Host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"{page.Url}: {message.Text}");
            }
        };

        await page.GotoAsync($"tab/?workshopId={workshop}");
        await Expect(page.Locator(".connection")).ToHaveTextAsync("Live");
        await Expect(page.Locator("table.map-table").First).ToBeVisibleAsync();
        var stageCount = await page.Locator("table.map-table").First.EvaluateAsync<string>("t => t.style.getPropertyValue('--stage-count')");
        await page.GotoAsync($"tab/plenary.html?workshopId={workshop}");
        await Expect(page.Locator(".connection")).ToHaveTextAsync("Live");
        await page.GotoAsync("tab/config.html");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GotoAsync("tab/addin/taskpane.html");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(violations);
        Assert.False(string.IsNullOrWhiteSpace(stageCount), "The map's --stage-count custom property was not set.");
    }
}
