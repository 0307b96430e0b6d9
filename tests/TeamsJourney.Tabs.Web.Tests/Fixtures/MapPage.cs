using Microsoft.Playwright;

namespace TeamsJourney.Tabs.Web.Tests.Fixtures;

/// <summary>One person's open map tab, used the way a keyboard user would use it.</summary>
public sealed class MapPage(IPage page)
{
    public IPage Page => page;

    public ILocator Item(string itemId) => page.Locator($"article.item[data-item-id='{itemId}']");

    public ILocator ItemIn(string stageId, string lane, string itemId) =>
        page.Locator($"td.cell[data-stage-id='{stageId}'][data-lane='{lane}'] article.item[data-item-id='{itemId}']");

    public ILocator Editor(string itemId) => Item(itemId).Locator("textarea");

    public ILocator Dialog => page.Locator("dialog[open]");

    public ILocator ConflictNotices => page.Locator(".notice-conflict");

    /// <summary>Focuses the item (its actions appear), moves to one of its action buttons and presses Enter.</summary>
    public async Task PressItemActionAsync(string itemId, string action)
    {
        await Item(itemId).FocusAsync();
        await Item(itemId).GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Opens the inline editor and types new text, without saving yet.</summary>
    public async Task TypeNewTextAsync(string itemId, string text)
    {
        await PressItemActionAsync(itemId, "Edit");
        await Editor(itemId).FillAsync(text);
    }

    public async Task SaveTextAsync(string itemId) => await Editor(itemId).PressAsync("Enter");

    public async Task CloseAsync() => await page.Context.CloseAsync();
}
