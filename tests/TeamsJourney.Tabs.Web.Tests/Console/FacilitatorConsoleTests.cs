using System.Text;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Console;

/// <summary>
/// The facilitator console in a real browser: progress arrives live as groups answer, "move all groups" and "pause
/// all" work from the keyboard, and axe finds nothing. Screenshots go to artifacts/.
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class FacilitatorConsoleTests(LiveTabFixture tab)
{
    [Fact]
    public async Task Progress_updates_live_when_a_group_answers()
    {
        var (first, _) = await TwoGroupsAsync();
        var page = await OpenConsoleAsync(first.WorkshopId);
        var row = Row(page, first.GroupId);
        await Expect(row.Locator("td.items")).ToHaveTextAsync("0");

        // Groups start at MVP depth: the persona card takes several boxes and moves on with "Save and next".
        Assert.True(first.IsMultiInput);
        await first.PressAsync("answerInputs", new JsonObject { ["in_" + first.InputKeys[0]] = "Doreen Hughes, 81", ["then"] = "next" });

        await Expect(row.Locator("td.items")).Not.ToHaveTextAsync("0", new() { Timeout = 5_000 });
        await Expect(row.Locator("td.step")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^2 of \\d+$"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "console-progress.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Move_all_groups_from_the_keyboard_puts_every_group_at_the_chosen_phase()
    {
        var (first, second) = await TwoGroupsAsync();
        var page = await OpenConsoleAsync(first.WorkshopId);

        await page.GetByLabel("Move every group to").FocusAsync();
        await page.GetByLabel("Move every group to").SelectOptionAsync("ideas");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move all groups" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".console-result")).ToHaveTextAsync("Moved 2 groups to the ideas phase.");
        await Expect(Row(page, first.GroupId).Locator("td.phase")).ToHaveTextAsync("ideas");
        await Expect(Row(page, second.GroupId).Locator("td.phase")).ToHaveTextAsync("ideas");
        await Expect(page.Locator("#console-status")).ToContainTextAsync("Phase: ideas");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "console-move-all.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pause_all_pauses_every_group_and_a_second_console_sees_it_live()
    {
        var (first, second) = await TwoGroupsAsync();
        var page = await OpenConsoleAsync(first.WorkshopId);
        var watcher = await OpenConsoleAsync(first.WorkshopId);

        await page.GetByRole(AriaRole.Button, new() { Name = "Pause all" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".console-result")).ToHaveTextAsync("Paused 2 groups.");
        foreach (var console in new[] { page, watcher })
        {
            await Expect(Row(console, first.GroupId).Locator("td.phase")).ToHaveTextAsync("persona (paused)");
            await Expect(Row(console, second.GroupId).Locator("td.phase")).ToHaveTextAsync("persona (paused)");
            await Expect(console.Locator("#console-status")).ToContainTextAsync("paused");
        }

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resume all" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "console-paused.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume all" }).ClickAsync();
        await Expect(Row(page, first.GroupId).Locator("td.phase")).ToHaveTextAsync("persona");
        await page.Context.CloseAsync();
        await watcher.Context.CloseAsync();
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task The_console_has_no_axe_violations(string theme)
    {
        var (first, _) = await TwoGroupsAsync();
        var page = await OpenConsoleAsync(first.WorkshopId, theme);

        var results = await page.RunAxe();

        var report = new StringBuilder();
        foreach (var violation in results.Violations)
        {
            report.AppendLine($"[{violation.Impact}] {violation.Id}: {violation.Help} :: {string.Join(" | ", violation.Nodes.Take(5).Select(n => n.Html))}");
        }

        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts, $"axe-console-{theme}.txt"), report.Length == 0 ? "No violations." : report.ToString());
        Assert.True(results.Violations.Length == 0, $"axe found violations on the console ({theme}):\n{report}");
        Assert.NotEmpty(results.Passes);
        await page.Context.CloseAsync();
    }

    // A new channel: the first group's starter (the Agents Playground's user) is its facilitator, as without "new workshop".
    private async Task<(BotGroup First, BotGroup Second)> TwoGroupsAsync()
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var first = await tab.StartGroupAsync(channel);
        var second = await tab.StartGroupAsync(channel);
        Assert.Equal(first.WorkshopId, second.WorkshopId);
        return (first, second);
    }

    private async Task<IPage> OpenConsoleAsync(string workshopId, string theme = "default")
    {
        var page = await tab.OpenAsync($"tab/console.html?workshopId={Uri.EscapeDataString(workshopId)}&theme={theme}");
        await Expect(page.Locator(".connection")).ToHaveTextAsync("Live");
        await Expect(page.Locator("table.console-table")).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Row(IPage page, string groupId) => page.Locator($"tr[data-group-id='{groupId}']");
}
