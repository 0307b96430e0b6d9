namespace TeamsJourney.Tabs.Web.Tests.Fixtures;

/// <summary>
/// Tests that look at a whole scenario walked in the bot: the walk is done once per test class (the fixture keeps
/// it), and <see cref="Themes"/> names the Teams themes every page is drawn in.
/// </summary>
public abstract class WalkedWorkshopTests(LiveTabFixture tab) : IAsyncLifetime
{
    /// <summary>The three Teams themes.</summary>
    public static TheoryData<string> Themes { get; } = new() { "default", "dark", "contrast" };

    protected LiveTabFixture Tab { get; } = tab;

    protected BotGroup Group { get; private set; } = null!;

    public async Task InitializeAsync() => Group = await Tab.WalkedWorkshopAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
