using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Tabs.Live;
using TeamsJourney.Tabs.Snapshots;
using TeamsJourney.Workshops.Edits;

namespace TeamsJourney.Tabs.Tests.Hosting;

/// <summary>The tab registers on its own: it brings the application layer with it instead of relying on the bot.</summary>
public sealed class TabsRegistrationTests : IDisposable
{
    private readonly SqliteFolder _store = new();

    [Fact]
    public async Task AddTabs_alone_gives_a_host_that_reads_maps_applies_edits_and_checks_access()
    {
        var builder = _store.HostBuilder();
        builder.AddTabs();
        await using var app = builder.Build();

        Assert.NotNull(app.Services.GetRequiredService<WorkshopMapReader>());
        Assert.NotNull(app.Services.GetRequiredService<MapEdits>());
        Assert.NotNull(app.Services.GetRequiredService<WorkshopAccess>());
        Assert.IsType<HubConflictNotice>(app.Services.GetRequiredService<IConflictNotice>());
    }

    public void Dispose() => _store.Dispose();
}
