using Microsoft.Playwright;

namespace TeamsJourney.Tabs.Web.Tests.Fixtures;

/// <summary>The banner's "Generate documents" control of an open map page, used from the keyboard.</summary>
public sealed class DocumentsControl(IPage page)
{
    /// <summary>The tab's POST to the documents endpoint, for <see cref="IPage.RouteAsync(string, Func{IRoute, Task}, PageRouteOptions)"/>.</summary>
    public const string EndpointPattern = "**/api/tab/workshops/*/documents?*";

    public ILocator Button => page.GetByRole(AriaRole.Button, new() { Name = "Generate documents", Exact = true });

    public ILocator Progress => page.GetByRole(AriaRole.Progressbar, new() { Name = "Generating documents" });

    public ILocator Status => page.Locator(".documents [role='status']");

    public ILocator Links => page.GetByRole(AriaRole.List, new() { Name = "Generated documents" }).GetByRole(AriaRole.Link);

    public ILocator Failure => page.Locator(".documents [role='alert']");

    public async Task PressGenerateAsync()
    {
        await Button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>The progress bar's current value (0 to 100).</summary>
    public async Task<double> ProgressValueAsync() => await Progress.EvaluateAsync<double>("bar => bar.value");

    /// <summary>Presses the button and waits for both download links.</summary>
    public async Task GenerateAsync()
    {
        await PressGenerateAsync();
        await Assertions.Expect(Links).ToHaveCountAsync(2, new() { Timeout = 30_000 });
    }
}
