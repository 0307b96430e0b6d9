using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Plenary;

/// <summary>
/// The second half in a real browser: two groups' notes consolidated, clusters split and merged with the keyboard
/// through dialogs, a workshop dot and a merge seen live in a second tab, the impact/effort matrix with its table,
/// a frozen version compared with now; axe on every view; screenshots in artifacts/plenary-*.png.
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class PlenaryPageTests(LiveTabFixture tab)
{
    [Fact]
    public async Task A_facilitator_splits_and_merges_clusters_with_the_keyboard_and_another_tab_sees_it_live()
    {
        var workshop = await TwoGroupsAsync();
        var facilitator = await OpenAsync(workshop.Id);
        var watcher = await OpenAsync(workshop.Id);
        var formCluster = facilitator.Locator("article.cluster", new() { HasText = "Online form times out" });
        await Expect(formCluster.Locator(".cluster-members li")).ToHaveCountAsync(2);

        await PressAsync(facilitator, "Split notes out of “Online form times out”");
        var dialog = facilitator.Locator("dialog[open]");
        await dialog.GetByLabel("The online form timed out", new() { Exact = false }).FocusAsync();
        await facilitator.Keyboard.PressAsync("Space");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Split" }).FocusAsync();
        await facilitator.Keyboard.PressAsync("Enter");

        await Expect(watcher.Locator("article.cluster")).ToHaveCountAsync(4);
        await Expect(watcher.Locator("article.cluster", new() { HasText = "The online form timed out" }).Locator(".member-provenance")).ToContainTextAsync(await GroupNameAsync(workshop.Id, workshop.GroupB));

        await PressAsync(facilitator, "Merge “Online form times out” with");
        await facilitator.Locator("dialog[open]").GetByLabel("The online form timed out", new() { Exact = false }).CheckAsync();
        await facilitator.Locator("dialog[open]").GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        await Expect(watcher.Locator("article.cluster")).ToHaveCountAsync(3);
        await Expect(watcher.Locator("article.cluster", new() { HasText = "Online form times out" }).Locator(".cluster-members li")).ToHaveCountAsync(2);
        await ScreenshotAsync(facilitator, "plenary-consolidated.png");
        await facilitator.Context.CloseAsync();
        await watcher.Context.CloseAsync();
    }

    [Fact]
    public async Task A_dot_and_a_rating_show_in_the_other_tab_and_the_matrix_has_a_table_alternative()
    {
        var workshop = await TwoGroupsAsync();
        var voter = await OpenAsync(workshop.Id);
        var watcher = await OpenAsync(workshop.Id);

        await PressAsync(voter, "My dot on “Text when the crew is on the way”");
        await Expect(watcher.Locator("li.pooled", new() { HasText = "Text when the crew is on the way" }).Locator(".pooled-meta")).ToContainTextAsync("1 workshop dot");
        await Expect(voter.Locator(".dots-left")).ToHaveTextAsync("You have 2 of 3 dots left.");

        await PressAsync(voter, "Rate “Text when the crew is on the way”");
        var dialog = voter.Locator("dialog[open]");
        await dialog.Locator("fieldset", new() { HasText = "Impact" }).GetByLabel("5", new() { Exact = true }).CheckAsync();
        await dialog.Locator("fieldset", new() { HasText = "Effort" }).GetByLabel("1", new() { Exact = true }).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save rating" }).ClickAsync();

        await Expect(watcher.Locator(".quadrant-quickWin")).ToContainTextAsync("Text when the crew is on the way");
        var row = watcher.Locator("table.matrix-table tr", new() { HasText = "Text when the crew is on the way" });
        await Expect(row).ToContainTextAsync("Quick wins");
        await ScreenshotAsync(voter, "plenary-initiatives.png");
        await voter.Context.CloseAsync();
        await watcher.Context.CloseAsync();
    }

    [Fact]
    public async Task An_agreed_plan_and_a_frozen_version_compare_with_now()
    {
        var workshop = await TwoGroupsAsync();
        var page = await OpenAsync(workshop.Id);

        await PressAsync(page, "Agree “Text when the crew is on the way”");
        var agree = page.Locator("dialog[open]");
        await agree.GetByLabel("Owner").FillAsync("Waste services");
        await agree.GetByLabel("Due date").FillAsync("2027-03-31");
        await agree.GetByLabel("Success measure").FillAsync("Half the repeat calls");
        await agree.GetByRole(AriaRole.Button, new() { Name = "Agree" }).ClickAsync();
        await Expect(page.Locator("table.plan-table")).ToContainTextAsync("Waste services");

        await page.GetByRole(AriaRole.Button, new() { Name = "Freeze this version…" }).ClickAsync();
        await page.Locator("dialog[open]").GetByLabel("Version name").FillAsync("As-is, agreed 14 March");
        await page.Locator("dialog[open]").GetByRole(AriaRole.Button, new() { Name = "Freeze" }).ClickAsync();
        await Expect(page.Locator("ol.versions")).ToContainTextAsync("As-is, agreed 14 March");

        var item = await tab.Api.AddItemAsync(workshop.Id, workshop.GroupA, "PainPoint", "Crew cannot find the bin store");
        Assert.NotNull(item);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        var comparison = page.Locator("section.comparison");
        await Expect(comparison).ToContainTextAsync("Added (1)");
        await Expect(comparison).ToContainTextAsync("Crew cannot find the bin store");
        await ScreenshotAsync(page, "plenary-compare.png");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task The_second_half_page_has_no_axe_violations(string theme)
    {
        var workshop = await TwoGroupsAsync();
        var page = await OpenAsync(workshop.Id, theme);
        await PressAsync(page, "Rate “Text when the crew is on the way”");
        await page.Locator("dialog[open]").GetByRole(AriaRole.Button, new() { Name = "Save rating" }).ClickAsync();
        await Expect(page.Locator("table.matrix-table")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Freeze this version…" }).ClickAsync();
        await page.Locator("dialog[open]").GetByRole(AriaRole.Button, new() { Name = "Freeze" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Expect(page.Locator("section.comparison")).ToBeVisibleAsync();

        var results = await page.RunAxe();
        var report = Describe(results.Violations);
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts, $"axe-plenary-{theme}.txt"), report.Length == 0 ? "No violations." : report);
        Assert.True(results.Violations.Length == 0, $"axe found violations on the second half ({theme}):\n{report}");
        Assert.NotEmpty(results.Passes);

        await PressAsync(page, "Split notes out of “Online form times out”");
        var dialogResults = await page.RunAxe();
        Assert.True(dialogResults.Violations.Length == 0, $"axe found violations in the split dialog ({theme}):\n{Describe(dialogResults.Violations)}");
        await ScreenshotAsync(page, $"plenary-{theme}.png");
        await page.Context.CloseAsync();
    }

    private async Task<(string Id, string GroupA, string GroupB)> TwoGroupsAsync()
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var a = await tab.StartGroupAsync(channel);
        var b = await tab.StartGroupAsync(channel);
        Assert.Equal(a.WorkshopId, b.WorkshopId);
        await tab.Host.AddFacilitatorAsync(a.WorkshopId, TabCaller.LocalUserId);
        await tab.Api.AddItemAsync(a.WorkshopId, a.GroupId, "PainPoint", "Online form times out");
        await tab.Api.AddItemAsync(a.WorkshopId, a.GroupId, "PainPoint", "Nobody phones back");
        await tab.Api.AddItemAsync(a.WorkshopId, b.GroupId, "PainPoint", "The online form timed out");
        await tab.Api.AddItemAsync(a.WorkshopId, b.GroupId, "PainPoint", "No reply to my emails");
        await tab.Host.ProposeInitiativeAsync(a.WorkshopId, a.GroupId, "Text when the crew is on the way");
        await tab.Host.ProposeInitiativeAsync(a.WorkshopId, b.GroupId, "Autosave the report form");
        return (a.WorkshopId, a.GroupId, b.GroupId);
    }

    private async Task<string> GroupNameAsync(string workshopId, string groupId) =>
        (string)(await tab.Api.MapAsync(workshopId))["groups"]!.AsArray().Single(g => (string)g!["groupId"]! == groupId)!["name"]!;

    private async Task<IPage> OpenAsync(string workshopId, string theme = "default")
    {
        var page = await tab.OpenAsync($"tab/plenary.html?workshopId={Uri.EscapeDataString(workshopId)}&theme={theme}");
        await Expect(page.Locator(".connection")).ToHaveTextAsync("Live");
        await Expect(page.Locator("#consolidated-heading")).ToBeVisibleAsync();
        return page;
    }

    private static async Task PressAsync(IPage page, string buttonName)
    {
        // The name's hidden part is read with a space around it in some browsers: match on the words.
        await page.GetByRole(AriaRole.Button, new() { Name = buttonName }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("dialog[open]").Or(page.Locator("main"))).Not.ToHaveCountAsync(0);
    }

    private static async Task ScreenshotAsync(IPage page, string fileName) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, fileName), FullPage = true });

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"[{violation.Impact}] {violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes.Take(5))
            {
                text.AppendLine($"    {string.Join(" ", node.Target)} :: {node.Html}");
            }
        }

        return text.ToString();
    }
}
