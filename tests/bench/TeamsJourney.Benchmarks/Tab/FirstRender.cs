using System.Text.Json;
using Microsoft.Playwright;
using TeamsJourney.Testing.Packages;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>One page load of the map: milliseconds after navigation start (Navigation Timing origin) at each milestone.</summary>
internal sealed record PageLoad(double ResponseEnd, double DomContentLoaded, double MapReceived, double MapRendered, double MapPainted, double AllItemsInDom);

/// <summary>Cold loads (a fresh browser context each, empty cache) and warm reloads of the map page in Debian's chromium.</summary>
internal sealed record FirstRenderResult(IReadOnlyList<PageLoad> Cold, IReadOnlyList<PageLoad> Warm);

internal static class FirstRender
{
    // Set by the page's own marks (tabs/web map-controller); __benchReadyAt is our independent check on the DOM.
    private const string Milestones = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          const mark = n => performance.getEntriesByName(n)[0]?.startTime ?? -1;
          return [nav?.responseEnd ?? -1, nav?.domContentLoadedEventEnd ?? -1, mark('map-received'), mark('map-rendered'), mark('map-painted'), window.__benchReadyAt ?? -1];
        }
        """;

    private const string AllItemsDrawn = """
        n => {
          if (document.querySelectorAll('article.item[data-item-id]').length >= n) {
            window.__benchReadyAt ??= performance.now();
            return performance.getEntriesByName('map-painted').length > 0;
          }
          return false;
        }
        """;

    public static async Task<FirstRenderResult> MeasureAsync(Uri host, string workshopId, int items, int loads)
    {
        await EnsureChromiumAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumInstallation.ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var url = new Uri(host, $"tab/?workshopId={Uri.EscapeDataString(workshopId)}").ToString();
        var contextOptions = new BrowserNewContextOptions { ViewportSize = new() { Width = 1440, Height = 1000 } };

        var cold = new List<PageLoad>();
        for (var i = 0; i < loads; i++)
        {
            await using var context = await browser.NewContextAsync(contextOptions);
            cold.Add(await LoadAsync(await context.NewPageAsync(), url, items));
        }

        var warm = new List<PageLoad>();
        await using (var context = await browser.NewContextAsync(contextOptions))
        {
            var page = await context.NewPageAsync();
            await LoadAsync(page, url, items); // Fills the HTTP cache; not counted.
            for (var i = 0; i < loads; i++)
            {
                warm.Add(await LoadAsync(page, url, items));
            }
        }

        return new FirstRenderResult(cold, warm);
    }

    private static async Task<PageLoad> LoadAsync(IPage page, string url, int items)
    {
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync(AllItemsDrawn, items, new() { Timeout = 60_000 });
        var values = await page.EvaluateAsync<JsonElement>(Milestones);
        var at = values.EnumerateArray().Select(v => v.GetDouble()).ToArray();
        return new PageLoad(at[0], at[1], at[2], at[3], at[4], at[5]);
    }

    private static async Task EnsureChromiumAsync()
    {
        if (File.Exists(ChromiumInstallation.ExecutablePath))
        {
            return;
        }

        Console.WriteLine("  installing Debian's chromium (apt-get) ...");
        try
        {
            await ChromiumInstallation.EnsureInstalledAsync();
        }
        catch (InvalidOperationException error)
        {
            throw new BenchmarkFailedException(error.Message, error);
        }
    }
}
