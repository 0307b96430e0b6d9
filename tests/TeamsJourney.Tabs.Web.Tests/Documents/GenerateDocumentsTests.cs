using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Documents;

/// <summary>"Generate documents" in the map's banner: progress from the hub, then links to the real files.</summary>
[Collection(LiveTabCollection.Name)]
public sealed partial class GenerateDocumentsTests(LiveTabFixture tab)
{
    [Fact]
    public async Task Generating_shows_the_hubs_progress_and_keeps_the_button_disabled_until_the_answer()
    {
        var group = await tab.WalkedWorkshopAsync();
        var page = await tab.OpenMapAsync(group.WorkshopId);
        var documents = new DocumentsControl(page);
        var posts = 0;
        var answerHeld = new TaskCompletionSource();
        // The server runs for real; only its answer is held back, so the hub's progress is seen before the links.
        await page.RouteAsync(DocumentsControl.EndpointPattern, async route =>
        {
            Interlocked.Increment(ref posts);
            var response = await route.FetchAsync();
            await answerHeld.Task;
            await route.FulfillAsync(new() { Response = response });
        });

        await documents.PressGenerateAsync();

        await Expect(documents.Progress).ToBeVisibleAsync();
        await Expect(documents.Status).ToHaveTextAsync(HubProgressMessage(), new() { Timeout = 30_000 });
        Assert.True(await documents.ProgressValueAsync() > 0, "The progress bar did not move with the hub's progress.");
        await Expect(documents.Button).ToBeDisabledAsync();
        await page.Keyboard.PressAsync("Enter");
        answerHeld.SetResult();
        await Expect(documents.Links).ToHaveCountAsync(2);
        await Expect(documents.Progress).ToBeHiddenAsync();
        await Expect(documents.Button).ToBeEnabledAsync();
        await Expect(documents.Button).ToBeFocusedAsync();
        Assert.Equal(1, posts);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Generating_links_a_real_deck_and_report_that_download_from_the_page_origin()
    {
        var group = await tab.WalkedWorkshopAsync();
        var page = await tab.OpenMapAsync(group.WorkshopId);
        var documents = new DocumentsControl(page);

        await documents.GenerateAsync();

        await Expect(documents.Status).ToHaveTextAsync("Documents ready: 2 files to download.");
        await AssertDownloadsAsync(documents.Links.Nth(0), ".pptx");
        await AssertDownloadsAsync(documents.Links.Nth(1), ".docx");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_generation_shows_the_problem_and_lets_the_person_try_again()
    {
        var group = await tab.WalkedWorkshopAsync();
        var page = await tab.OpenMapAsync(group.WorkshopId);
        var documents = new DocumentsControl(page);
        await page.RouteAsync(DocumentsControl.EndpointPattern, route => route.FulfillAsync(new()
        {
            Status = 403,
            ContentType = "application/problem+json",
            Body = """{"status":403,"title":"Forbidden","detail":"This workshop belongs to another team."}""",
        }));

        await documents.PressGenerateAsync();

        await Expect(documents.Failure).ToContainTextAsync("The documents could not be generated");
        await Expect(documents.Failure).ToContainTextAsync("Forbidden: This workshop belongs to another team.");
        await Expect(documents.Links).ToHaveCountAsync(0);
        await Expect(documents.Button).ToBeEnabledAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>The link names the file and its size, opens a new tab, and serves that file from this host.</summary>
    private async Task AssertDownloadsAsync(ILocator link, string extension)
    {
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("The link has no href.");
        var declaredBytes = long.Parse(await link.GetAttributeAsync("data-size-bytes") ?? "-1", CultureInfo.InvariantCulture);
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        var kilobytes = Math.Max(1, (long)Math.Ceiling(declaredBytes / 1024.0));
        await Expect(link).ToHaveAccessibleNameAsync(new Regex($@"{Regex.Escape(extension)} \({kilobytes.ToString("N0", CultureInfo.InvariantCulture)} KB\)\s*\(opens in a new tab\)$"));
        Assert.StartsWith(tab.Host.BaseAddress.GetLeftPart(UriPartial.Authority) + "/documents/", href, StringComparison.Ordinal);

        var bytes = await tab.Http.GetByteArrayAsync(new Uri(href));

        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(bytes, 0, 2));
        Assert.Equal(declaredBytes, bytes.LongLength);
    }

    [GeneratedRegex("Writing the|Publishing|ready", RegexOptions.IgnoreCase)]
    private static partial Regex HubProgressMessage();
}
