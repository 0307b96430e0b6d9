using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.LocalSetup;

/// <summary>
/// The README's local path, first time: the host as `dotnet run` starts it (Development, no app id, no TabAuth),
/// a workshop started the way the Agents Playground sends it (its default tenant and ids, no JWT, loopback
/// serviceUrl), then the tab at the URL the host printed, in Chromium, shows that workshop.
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class PlaygroundToTabTests(LiveTabFixture tab) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-playground-").FullName;
    private LiveTabHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new LiveTabHost(Path.Combine(_folder, "workshops.db"), Path.Combine(_folder, "documents"), likeDotnetRun: true);
        _host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_workshop_started_from_the_Playground_shows_in_the_tab_at_the_printed_url()
    {
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        var message = AgentsPlaygroundDefaults.MessageMentioningBot(tab.Connector.ServiceUrl, "start missed-bin-collection", 1_796_630_238_374);
        var conversationId = (string)message["conversation"]!["id"]!;
        var before = tab.Connector.CardCount(conversationId);

        var response = await http.PostAsJsonAsync("api/messages", message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await tab.Connector.WaitForCardAsync(conversationId, before);
        Assert.Equal($"{_host.BaseAddress}api/messages", _host.Log.After("Bot endpoint:"));
        var printedTabUrl = _host.Log.After("Live map tab:");
        Assert.Equal($"{_host.BaseAddress}tab/", printedTabUrl);

        var page = await tab.OpenAsync(printedTabUrl!);

        await Expect(page.Locator("section.group").First).ToBeVisibleAsync();
        await Expect(page.Locator("section.group h2").First).ToContainTextAsync("Group 1");
        await Expect(page.GetByText("Report a missed bin collection").First).ToBeVisibleAsync();
        await Expect(page.Locator(".connection")).ToHaveTextAsync("Live");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "playground-workshop-in-tab.png") });
        await page.Context.CloseAsync();
    }
}
