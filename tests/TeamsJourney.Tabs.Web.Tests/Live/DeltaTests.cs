using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Live;

/// <summary>
/// The live map applies "groupChanged" deltas to the map it holds, and reads a group again (once) only when a delta
/// shows it missed a change.
/// </summary>
[Collection(LiveTabCollection.Name)]
public sealed class DeltaTests(LiveTabFixture tab)
{
    [Fact]
    public async Task A_change_arrives_as_a_small_delta_and_is_applied_without_reading_the_map_again()
    {
        var group = await tab.StartWorkshopAsync();
        for (var i = 0; i < 5; i++)
        {
            await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", $"Earlier pain point {i}", stageIndex: i % 3);
        }

        await using var watched = await WatchedPage.OpenAsync(tab, group.WorkshopId);

        var added = await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "Opportunity", "Text when the crew is on the street");

        await Expect(watched.Page.Locator($"article.item[data-item-id='{(string)added["id"]!}']")).ToContainTextAsync("Text when the crew is on the street");
        var push = Assert.Single(watched.GroupChangedFrames, f => f.Contains("Text when the crew is on the street", StringComparison.Ordinal));
        Assert.Contains("\"fromGroupVersion\"", push, StringComparison.Ordinal);
        Assert.DoesNotContain("Earlier pain point", push, StringComparison.Ordinal);
        Assert.True(push.Length < 2_000, $"The push carried {push.Length} characters: {push}");
        Assert.Equal(0, watched.GroupReads);
        await Expect(watched.Page.GetByText("Earlier pain point 4")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_missed_delta_makes_the_tab_read_the_group_once_and_show_both_changes()
    {
        var group = await tab.StartWorkshopAsync();
        await using var watched = await WatchedPage.OpenAsync(tab, group.WorkshopId, dropPushWith: "Pushed while the tab was not listening");

        var missed = await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", "Pushed while the tab was not listening");
        await watched.Dropped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, watched.GroupReads);
        var next = await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", "The next change shows the gap");

        await Expect(watched.Page.Locator($"article.item[data-item-id='{(string)next["id"]!}']")).ToBeVisibleAsync();
        await Expect(watched.Page.Locator($"article.item[data-item-id='{(string)missed["id"]!}']")).ToContainTextAsync("Pushed while the tab was not listening");
        Assert.Equal(1, watched.GroupReads);
        await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", "And the one after follows on");
        await Expect(watched.Page.GetByText("And the one after follows on")).ToBeVisibleAsync();
        Assert.Equal(1, watched.GroupReads);
    }

    [Fact]
    public async Task A_change_whose_push_is_lost_while_the_tab_joins_arrives_through_the_catch_up_from_the_maps_position()
    {
        var group = await tab.StartWorkshopAsync();
        var earlier = await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", "Shown by the first read");
        JsonObject? stored = null;

        // Stored after the page read the map (and its position) and joined the hub, before it catches up; its push is
        // lost, and nothing follows it that would show the gap: only the catch-up from the position can bring it.
        await using var watched = await WatchedPage.OpenAsync(
            tab,
            group.WorkshopId,
            dropPushWith: "Stored while the tab was joining",
            beforeCatchUp: async () => stored = await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", "Stored while the tab was joining"));

        await Expect(watched.Page.Locator($"article.item[data-item-id='{(string)stored!["id"]!}']")).ToContainTextAsync("Stored while the tab was joining");
        await Expect(watched.Page.Locator($"article.item[data-item-id='{(string)earlier["id"]!}']")).ToBeVisibleAsync();
        await watched.Dropped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, watched.GroupReads);

        // The group is held at the version the catch-up brought, so the next push follows on from it.
        await tab.Api.AddItemAsync(group.WorkshopId, group.GroupId, "PainPoint", "The next push follows on");
        await Expect(watched.Page.GetByText("The next push follows on")).ToBeVisibleAsync();
        Assert.Equal(0, watched.GroupReads);
    }

    /// <summary>
    /// A map page whose hub WebSocket passes through Playwright (so a push can be dropped, as a lost message would be),
    /// counting the group re-reads (GET .../map?groupId=) it makes once the map is shown and caught up.
    /// </summary>
    internal sealed class WatchedPage : IAsyncDisposable
    {
        private readonly ConcurrentQueue<string> _frames = new();
        private int _groupReads;
        private bool _counting;

        private WatchedPage(IPage page) => Page = page;

        public IPage Page { get; }

        public TaskCompletionSource Dropped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<string> GroupChangedFrames => [.. _frames];

        public int GroupReads => Volatile.Read(ref _groupReads);

        /// <param name="dropPushWith">Drops the first "groupChanged" push containing this text (null: drops none).</param>
        /// <param name="beforeCatchUp">Runs while the page's first catch-up (GET .../changes) is held back.</param>
        public static async Task<WatchedPage> OpenAsync(
            LiveTabFixture tab, string workshopId, string? dropPushWith = null, Uri? host = null, Func<Task>? beforeCatchUp = null)
        {
            var context = await tab.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = (host ?? tab.Host.BaseAddress).ToString(),
                ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(15_000);
            var watched = new WatchedPage(page);
            var drop = dropPushWith;
            await page.RouteWebSocketAsync("**/hubs/map**", socket =>
            {
                var server = socket.ConnectToServer();
                server.OnMessage(frame =>
                {
                    if (frame.Text is { } text && text.Contains("\"target\":\"groupChanged\"", StringComparison.Ordinal))
                    {
                        if (drop is not null && text.Contains(drop, StringComparison.Ordinal))
                        {
                            drop = null;
                            watched.Dropped.TrySetResult();
                            return;
                        }

                        watched._frames.Enqueue(text);
                    }

                    if (frame.Text is { } forward)
                    {
                        socket.Send(forward);
                    }
                    else if (frame.Binary is { } bytes)
                    {
                        socket.Send(bytes);
                    }
                });
            });
            if (beforeCatchUp is not null)
            {
                await page.RouteAsync("**/changes?**", async route =>
                {
                    if (Interlocked.Exchange(ref beforeCatchUp, null) is { } first)
                    {
                        await first();
                    }

                    await route.ContinueAsync();
                });
            }

            var caughtUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            page.RequestFinished += (_, request) =>
            {
                if (request.Url.Contains("/changes?", StringComparison.Ordinal))
                {
                    caughtUp.TrySetResult();
                }
                else if (watched._counting && request.Url.Contains("/map?groupId=", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref watched._groupReads);
                }
            };

            await page.GotoAsync($"tab/?workshopId={Uri.EscapeDataString(workshopId)}");
            await Expect(page.Locator(".connection")).ToHaveTextAsync("Live");
            await Expect(page.Locator("section.group").First).ToBeVisibleAsync();
            // The page catches up once after joining; changes made from here on reach it only as pushes.
            await caughtUp.Task.WaitAsync(TimeSpan.FromSeconds(15));
            watched._counting = true;
            return watched;
        }

        public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
    }
}
