using TeamsJourney.Tabs.Web.Tests.Fixtures;
using TeamsJourney.Testing.Redis;
using TeamsJourney.Testing.Storage;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Live;

/// <summary>
/// Two host instances on one Azure Tables store (Azurite) and one Redis backplane: a tab on instance B keeps up with
/// changes made through both, whichever instance pushes them (deltas from the other instance, gaps read again).
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class TwoInstanceTests(LiveTabFixture tab, RedisFixture redis, AzuriteFixture azurite)
    : IClassFixture<RedisFixture>, IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-two-instances-").FullName;
    private LiveTabHost _a = null!;
    private LiveTabHost _b = null!;
    private HttpClient _httpA = null!;
    private HttpClient _httpB = null!;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:TablesConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = "web" + Guid.NewGuid().ToString("N")[..8],
            ["Tabs:Redis"] = redis.ConnectionString,
        };
        _a = new LiveTabHost(Path.Combine(_folder, "a.db"), Path.Combine(_folder, "documents-a"), settings: settings);
        _b = new LiveTabHost(Path.Combine(_folder, "b.db"), Path.Combine(_folder, "documents-b"), settings: settings);
        _a.Start();
        _b.Start();
        _httpA = new HttpClient { BaseAddress = _a.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _httpB = new HttpClient { BaseAddress = _b.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _httpA?.Dispose();
        _httpB?.Dispose();
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_tab_on_instance_B_shows_every_change_made_through_A_and_B()
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var group = new BotGroup(_httpA, tab.Connector, new PlaygroundActivities(tab.Connector.ServiceUrl, channel, $"{channel};messageid=1712345678901"));
        await group.SayAsync("start missed-bin-collection");
        await using var watched = await DeltaTests.WatchedPage.OpenAsync(tab, group.WorkshopId, host: _b.BaseAddress);
        var apiA = new TabApiCalls(_httpA);
        var apiB = new TabApiCalls(_httpB);

        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var api = i % 2 == 0 ? apiA : apiB;
            ids.Add((string)(await api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", $"Change {i} through {(i % 2 == 0 ? "A" : "B")}", stageIndex: i % 3))["id"]!);
        }

        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await Expect(watched.Page.Locator($"article.item[data-item-id='{id}']")).ToContainTextAsync($"Change {i} through {(i % 2 == 0 ? "A" : "B")}");
        }

        Assert.NotEmpty(watched.GroupChangedFrames);
        Assert.All(watched.GroupChangedFrames, push => Assert.DoesNotContain("\"group\":{", push, StringComparison.Ordinal));
    }
}
