using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Accessibility;

/// <summary>
/// axe-core on every page of the tab, on a full map, in each Teams theme: no serious or critical
/// violations (colour contrast included). Each run's findings are written to artifacts/axe-*.txt.
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class AxeTests(LiveTabFixture tab) : WalkedWorkshopTests(tab)
{
    [Theory]
    [MemberData(nameof(Themes))]
    public async Task The_map_page_has_no_serious_violations(string theme)
    {
        var page = await Tab.OpenMapAsync(Group.WorkshopId, $"&theme={theme}");

        await AssertNoSeriousViolationsAsync(page, $"map-{theme}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("default")]
    [InlineData("contrast")]
    public async Task The_side_panel_has_no_serious_violations(string theme)
    {
        var page = await Tab.OpenMapAsync(Group.WorkshopId, $"&view=sidePanel&theme={theme}");
        await page.SetViewportSizeAsync(320, 900);

        await AssertNoSeriousViolationsAsync(page, $"side-panel-{theme}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("default", "")]
    [InlineData("dark", "")]
    [InlineData("contrast", "")]
    [InlineData("contrast", "&view=sidePanel")]
    public async Task The_map_page_with_document_links_has_no_serious_violations(string theme, string view)
    {
        var page = await Tab.OpenMapAsync(Group.WorkshopId, $"&theme={theme}{view}");
        await new DocumentsControl(page).GenerateAsync();

        await AssertNoSeriousViolationsAsync(page, $"documents-{theme}{(view.Length == 0 ? string.Empty : "-side-panel")}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_config_page_has_no_serious_violations()
    {
        var page = await Tab.OpenAsync("tab/config.html");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Report a missed bin collection", Exact = false }).First).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(page, "config");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_add_dialog_has_no_serious_violations()
    {
        var page = new MapPage(await Tab.OpenMapAsync(Group.WorkshopId));
        await page.Page.Locator("td.cell[data-lane='Touchpoint'] .add-button").First.FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(page.Dialog).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(page.Page, "add-dialog");
        await page.CloseAsync();
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string name)
    {
        var results = await page.RunAxe();
        var report = Describe(results.Violations);
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts, $"axe-{name}.txt"), report.Length == 0 ? "No violations." : report);

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe found serious or critical violations on {name}:\n{Describe(serious)}");
        Assert.NotEmpty(results.Passes);
    }

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
