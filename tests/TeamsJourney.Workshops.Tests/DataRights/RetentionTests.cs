using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Tests.DataRights;

/// <summary>The retention sweep, on a clock the test moves: age, and removal of the app from the team.</summary>
public sealed class RetentionTests : IDisposable
{
    private DataRightsFixture _fixture = new();

    [Fact]
    public async Task A_workshop_older_than_the_retention_days_is_purged_with_an_audit_line_and_a_younger_one_stays()
    {
        Use(new RetentionOptions { RetentionDays = 90 });
        await _fixture.GivenAWorkshopWithItemsAsync();

        _fixture.Time.Advance(TimeSpan.FromDays(89));
        Assert.Empty(await _fixture.Purge.PurgeAsync());
        _fixture.Time.Advance(TimeSpan.FromDays(1));
        var purged = await _fixture.Purge.PurgeAsync();

        Assert.Equal(["ws-1"], purged);
        var fresh = new WorkshopRepository(_fixture.Store);
        Assert.Null(await fresh.FindHeaderAsync("ws-1"));
        var line = Assert.Single(await fresh.ReadAuditAsync("ws-1"));
        Assert.Equal(AuditActions.PurgedByRetention, line.Action);
        Assert.Equal(AuditActions.SystemActor, line.ActorId);
    }

    [Fact]
    public async Task Without_a_retention_setting_workshops_are_kept_however_old()
    {
        await _fixture.GivenAWorkshopWithItemsAsync();

        _fixture.Time.Advance(TimeSpan.FromDays(3_650));

        Assert.Empty(await _fixture.Purge.PurgeAsync());
        Assert.NotNull(await _fixture.Repository.LoadWorkshopAsync("ws-1"));
    }

    [Fact]
    public async Task After_the_app_is_removed_from_the_team_its_workshops_are_purged_once_the_uninstall_retention_passed()
    {
        Use(new RetentionOptions { UninstalledRetentionDays = 30 });
        await _fixture.GivenAWorkshopWithItemsAsync();

        Assert.Equal(1, await _fixture.Installations.AppRemovedAsync("tenant-1", "team-1", DataRightsFixture.Priya));
        _fixture.Time.Advance(TimeSpan.FromDays(29));
        Assert.Empty(await _fixture.Purge.PurgeAsync());
        _fixture.Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(["ws-1"], await _fixture.Purge.PurgeAsync());
        Assert.Equal(
            [AuditActions.AppRemovedFromTeam, AuditActions.PurgedByRetention],
            (await new WorkshopRepository(_fixture.Store).ReadAuditAsync("ws-1")).Select(l => l.Action));
    }

    [Fact]
    public async Task Adding_the_app_back_before_the_uninstall_retention_passed_keeps_the_workshops()
    {
        Use(new RetentionOptions { UninstalledRetentionDays = 30 });
        await _fixture.GivenAWorkshopWithItemsAsync();
        await _fixture.Installations.AppRemovedAsync("tenant-1", "team-1", DataRightsFixture.Priya);
        _fixture.Time.Advance(TimeSpan.FromDays(10));

        await _fixture.Installations.AppAddedAsync("tenant-1", "team-1", DataRightsFixture.Priya);
        _fixture.Time.Advance(TimeSpan.FromDays(60));

        Assert.Empty(await _fixture.Purge.PurgeAsync());
        Assert.NotNull(await _fixture.Repository.LoadWorkshopAsync("ws-1"));
    }

    [Fact]
    public async Task Removing_the_app_from_another_team_leaves_this_teams_workshops_alone()
    {
        Use(new RetentionOptions { UninstalledRetentionDays = 0 });
        await _fixture.GivenAWorkshopWithItemsAsync();

        Assert.Equal(0, await _fixture.Installations.AppRemovedAsync("tenant-1", "team-2", DataRightsFixture.Priya));

        Assert.Empty(await _fixture.Purge.PurgeAsync());
    }

    public void Dispose() => _fixture.Dispose();

    private void Use(RetentionOptions options)
    {
        _fixture.Dispose();
        _fixture = new DataRightsFixture(options);
    }
}
