using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Addin;

/// <summary>
/// The Office add-in's task pane opened in a plain browser: Office.js loads (from this host) but no Office
/// answers, so the pane says to open it in Word or PowerPoint and still lets you pick a workshop and download
/// its files. Checked with axe (no violations at all) and photographed to artifacts/addin-taskpane.png.
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class TaskPaneTests(LiveTabFixture tab) : IAsyncLifetime
{
    private BotGroup _group = null!;

    public async Task InitializeAsync() => _group = await tab.StartWorkshopAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(80)]
    public async Task The_ribbon_icons_the_manifest_names_are_served_beside_the_pane(int size)
    {
        using var response = await tab.Http.GetAsync($"tab/addin/icon-{size}.png");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        // PNG header: the width and height are the big-endian words at bytes 16 and 20.
        Assert.Equal((size, size), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Fact]
    public async Task Outside_Office_the_pane_says_where_to_open_it_and_still_lists_the_workshops()
    {
        var page = await OpenPaneAsync();

        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Open this in Word or PowerPoint");
        await Expect(page.GetByText("Local development sign-in")).ToBeVisibleAsync();
        var picker = page.GetByLabel("Workshop");
        await picker.SelectOptionAsync(_group.WorkshopId);
        await Expect(picker).ToHaveValueAsync(_group.WorkshopId);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Insert slides" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download the deck (.pptx)" }))
            .ToHaveAttributeAsync("href", $"/api/tab/workshops/{_group.WorkshopId}/documents/deck");

        await page.SetViewportSizeAsync(350, 700);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "addin-taskpane.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_download_links_serve_the_deck_and_the_report_of_the_picked_workshop()
    {
        var page = await OpenPaneAsync();
        await page.GetByLabel("Workshop").SelectOptionAsync(_group.WorkshopId);

        foreach (var (name, type) in new[]
        {
            ("Download the deck (.pptx)", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            ("Download the report (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        })
        {
            var href = await page.GetByRole(AriaRole.Link, new() { Name = name }).GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            Assert.Equal(type, response.Headers["content-type"]);
            Assert.True((await response.BodyAsync()).Length > 5_000);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_pane_has_no_accessibility_violations()
    {
        var page = await OpenPaneAsync();
        await page.SetViewportSizeAsync(350, 700);

        var results = await page.RunAxe();

        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts, "axe-addin-taskpane.txt"), Describe(results.Violations) is { Length: > 0 } found ? found : "No violations.");
        Assert.True(results.Violations.Length == 0, $"axe found violations on the task pane:\n{Describe(results.Violations)}");
        Assert.NotEmpty(results.Passes);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenPaneAsync()
    {
        var page = await tab.OpenAsync("tab/addin/taskpane.html");
        await Expect(page.GetByLabel("Workshop")).ToBeVisibleAsync();
        return page;
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
