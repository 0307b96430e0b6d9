using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace TeamsJourney.Tabs.Web.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class LiveTabCollection : ICollectionFixture<LiveTabFixture>
{
    public const string Name = "Live tab in a real browser";
}

/// <summary>
/// Started once for all browser tests: the front end built, chromium present, the host listening on
/// loopback with its Connector calls going to a local channel service, and one headless chromium.
/// </summary>
public sealed class LiveTabFixture : IAsyncLifetime
{
    private static readonly string[] s_chromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-tab-web-").FullName;
    private readonly SemaphoreSlim _walkOnce = new(1, 1);
    private IPlaywright? _playwright;
    private BotGroup? _walked;

    public LiveTabHost Host { get; private set; } = null!;

    public LocalChannelService Connector { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public TabApiCalls Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(FrontEndBuild.EnsureBuiltAsync(), ChromiumInstallation.EnsureInstalledAsync());
        Connector = await LocalChannelService.StartAsync();
        Host = new LiveTabHost(Path.Combine(_folder, "workshops.db"), Path.Combine(_folder, "documents"));
        Host.Start();
        Http = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Api = new TabApiCalls(Http);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumInstallation.ExecutablePath,
            Headless = true,
            Args = s_chromiumArgs,
        });
    }

    /// <summary>A new channel (so a new workshop) where one group has started the missed-bin scenario.</summary>
    public Task<BotGroup> StartWorkshopAsync(string scenarioId = "missed-bin-collection") =>
        StartGroupAsync($"19:{Guid.NewGuid():N}@thread.tacv2", scenarioId);

    /// <summary>Another thread of a channel (so another group of that channel's workshop) starts a scenario.</summary>
    public async Task<BotGroup> StartGroupAsync(string channel, string scenarioId = "missed-bin-collection")
    {
        var thread = $"{channel};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}";
        var group = new BotGroup(Http, Connector, new PlaygroundActivities(Connector.ServiceUrl, channel, thread));
        await group.SayAsync($"start {scenarioId}");
        return group;
    }

    /// <summary>
    /// A workshop whose group walked the whole missed-bin scenario: every lane, emotions, evidence,
    /// initiatives and votes. Walked once and shared by the tests that only look at it.
    /// </summary>
    public async Task<BotGroup> WalkedWorkshopAsync()
    {
        await _walkOnce.WaitAsync();
        try
        {
            if (_walked is null)
            {
                var group = await StartWorkshopAsync();
                await MissedBinWalk.WalkAsync(group);
                _walked = group;
            }

            return _walked;
        }
        finally
        {
            _walkOnce.Release();
        }
    }

    /// <summary>A fresh browser context (its own storage, like a second person) on a tab page.</summary>
    public async Task<IPage> OpenAsync(string relativeUrl, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        await page.GotoAsync(relativeUrl);
        return page;
    }

    /// <summary>Opens the map of a workshop and waits until it is live (loaded and connected to the hub).</summary>
    public async Task<IPage> OpenMapAsync(string workshopId, string extraQuery = "", ColorScheme scheme = ColorScheme.Light)
    {
        var page = await OpenAsync($"tab/?workshopId={Uri.EscapeDataString(workshopId)}{extraQuery}", scheme);
        await Assertions.Expect(page.Locator(".connection")).ToHaveTextAsync("Live");
        await Assertions.Expect(page.Locator("section.group").First).ToBeVisibleAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Http?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Connector is not null)
        {
            await Connector.DisposeAsync();
        }

        _walkOnce.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
