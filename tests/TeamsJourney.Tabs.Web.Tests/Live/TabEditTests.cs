using Microsoft.Playwright;
using TeamsJourney.Tabs.Web.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TeamsJourney.Tabs.Web.Tests.Live;

/// <summary>Edits made in one tab, with the keyboard, appear in another tab on the same workshop.</summary>
[Collection(LiveTabCollection.Name)]
public sealed class TabEditTests(LiveTabFixture tab) : IAsyncLifetime
{
    private BotGroup _group = null!;
    private MapPage _editor = null!;
    private MapPage _watcher = null!;

    public async Task InitializeAsync()
    {
        _group = await tab.StartWorkshopAsync();
    }

    public async Task DisposeAsync()
    {
        // Null when seeding failed: the test already reports why.
        if (_editor is not null)
        {
            await _editor.CloseAsync();
        }

        if (_watcher is not null)
        {
            await _watcher.CloseAsync();
        }
    }

    private async Task<string> SeedItemAsync(string lane, string text)
    {
        var item = await tab.Api.AddItemAsync(_group.WorkshopId, _group.GroupId, lane, text);
        _editor = new MapPage(await tab.OpenMapAsync(_group.WorkshopId));
        _watcher = new MapPage(await tab.OpenMapAsync(_group.WorkshopId));
        return (string)item["id"]!;
    }

    [Fact]
    public async Task A_text_edited_inline_in_one_tab_appears_in_the_other()
    {
        var itemId = await SeedItemAsync("PainPoint", "Nobody says when the crew will come back");

        await _editor.TypeNewTextAsync(itemId, "No return date is given after a report");
        await _editor.SaveTextAsync(itemId);

        await Expect(_watcher.Item(itemId)).ToContainTextAsync("No return date is given after a report");
        await Expect(_editor.Item(itemId)).ToContainTextAsync("No return date is given after a report");
    }

    [Fact]
    public async Task An_item_moved_with_the_move_dialog_appears_in_its_new_cell_in_the_other_tab()
    {
        var itemId = await SeedItemAsync("PainPoint", "Form needs an account");
        var map = await tab.Api.MapAsync(_group.WorkshopId, _group.GroupId);
        var secondStage = (string)map["groups"]![0]!["stages"]![1]!["id"]!;

        await _editor.PressItemActionAsync(itemId, "Move");
        await _editor.Dialog.GetByLabel("Stage").SelectOptionAsync(secondStage);
        await _editor.Dialog.GetByLabel("Lane").SelectOptionAsync("Thought");
        await _editor.Dialog.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).PressAsync("Enter");

        await Expect(_watcher.ItemIn(secondStage, "Thought", itemId)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_item_added_with_the_add_dialog_appears_in_the_other_tab()
    {
        await SeedItemAsync("CustomerAction", "Looks for the council's phone number");
        var cell = _editor.Page.Locator("td.cell[data-lane='Touchpoint']").First;

        await cell.GetByRole(AriaRole.Button).Last.FocusAsync();
        await _editor.Page.Keyboard.PressAsync("Enter");
        await _editor.Dialog.GetByLabel("Text").FillAsync("Council app push notification");
        await _editor.Dialog.GetByLabel("Channel").SelectOptionAsync("App");
        await _editor.Dialog.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();

        var added = _watcher.Page.Locator("td.cell[data-lane='Touchpoint'] article.item", new() { HasText = "Council app push notification" });
        await Expect(added).ToBeVisibleAsync();
        await Expect(added.Locator(".channel-chip")).ToHaveTextAsync("App");
    }

    [Fact]
    public async Task Evidence_marked_in_one_tab_shows_its_badge_and_source_in_the_other()
    {
        var itemId = await SeedItemAsync("PainPoint", "Residents give up on the online form");

        await _editor.PressItemActionAsync(itemId, "Evidence");
        await _editor.Dialog.GetByLabel("Fact (backed by data or research)").CheckAsync();
        await _editor.Dialog.GetByLabel("Source").FillAsync("Web analytics, May");
        await _editor.Dialog.GetByRole(AriaRole.Button, new() { Name = "Save evidence" }).ClickAsync();

        var badge = _watcher.Item(itemId).Locator(".badge-fact");
        await Expect(badge).ToBeVisibleAsync();
        await Expect(badge).ToHaveAccessibleDescriptionAsync("Source: Web analytics, May");
    }

    [Fact]
    public async Task An_item_deleted_in_one_tab_disappears_from_the_other()
    {
        var itemId = await SeedItemAsync("Thought", "“Why is this so hard?”");

        await _editor.PressItemActionAsync(itemId, "Delete");
        await _editor.Dialog.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(_watcher.Item(itemId)).ToHaveCountAsync(0);
        Assert.Null(await tab.Api.ItemAsync(_group.WorkshopId, _group.GroupId, itemId));
    }

    [Fact]
    public async Task Someone_editing_an_item_shows_as_an_avatar_on_it_in_the_other_tab()
    {
        var itemId = await SeedItemAsync("PainPoint", "Bin left blocking the pavement");

        await _editor.PressItemActionAsync(itemId, "Edit");

        await Expect(_watcher.Item(itemId).GetByRole(AriaRole.Img, new() { Name = "Local developer is editing this" })).ToBeVisibleAsync();
        await _editor.Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "inline-editor.png"), Clip = new() { X = 0, Y = 0, Width = 900, Height = 700 } });
        await _watcher.Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "presence.png"), Clip = new() { X = 0, Y = 0, Width = 900, Height = 700 } });
    }
}
