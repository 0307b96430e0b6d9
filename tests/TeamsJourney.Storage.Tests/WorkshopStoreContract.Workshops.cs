using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.WorkshopBuilder;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    [Fact]
    public async Task TryCreateWorkshop_then_GetWorkshop_returns_the_same_header()
    {
        var header = AWorkshop().InChannel("19:team@thread.tacv2", "19:channel@thread.tacv2").Build();

        Assert.True(await Store.TryCreateWorkshopAsync(header));

        Assert.Equal(header, await Store.GetWorkshopAsync(header.WorkshopId));
    }

    [Fact]
    public async Task TryCreateWorkshop_without_team_or_channel_keeps_them_null()
    {
        var header = await GivenAWorkshopAsync(AWorkshop());

        var stored = await Store.GetWorkshopAsync(header.WorkshopId);

        Assert.NotNull(stored);
        Assert.Null(stored.TeamId);
        Assert.Null(stored.ChannelId);
    }

    [Fact]
    public async Task TryCreateWorkshop_with_a_taken_id_returns_false_and_keeps_the_first_header()
    {
        var first = await GivenAWorkshopAsync(AWorkshop().Titled("First"));
        var second = AWorkshop().WithId(first.WorkshopId).Titled("Second").Build();

        Assert.False(await Store.TryCreateWorkshopAsync(second));

        Assert.Equal(first, await Store.GetWorkshopAsync(first.WorkshopId));
    }

    [Fact]
    public async Task GetWorkshop_of_an_unknown_id_returns_null()
    {
        Assert.Null(await Store.GetWorkshopAsync("never-created"));
    }

    [Fact]
    public async Task Workshop_ids_differing_only_in_case_are_different_workshops()
    {
        await GivenAWorkshopAsync(AWorkshop().WithId("Bins-Workshop"));

        Assert.Null(await Store.GetWorkshopAsync("bins-workshop"));
    }

    [Fact]
    public async Task ListWorkshops_returns_only_the_tenants_workshops_oldest_first()
    {
        var start = new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var newer = await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-a").CreatedAt(start.AddHours(2)));
        var older = await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-a").CreatedAt(start));
        await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-b").CreatedAt(start.AddHours(1)));

        var listed = await Store.ListWorkshopsAsync("tenant-a", teamId: null, channelId: null);

        Assert.Equal([older, newer], listed);
    }

    [Fact]
    public async Task ListWorkshops_narrowed_to_a_team_returns_only_that_teams_workshops()
    {
        var inTeam = await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-a").InTeam("team-1"));
        await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-a").InTeam("team-2"));
        await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-a"));

        var listed = await Store.ListWorkshopsAsync("tenant-a", "team-1", channelId: null);

        Assert.Equal([inTeam], listed);
    }

    [Fact]
    public async Task ListWorkshops_narrowed_to_a_channel_returns_only_that_channels_workshops()
    {
        var inChannel = await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-a").InChannel("team-1", "19:general@thread.tacv2"));
        await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-a").InChannel("team-1", "19:other@thread.tacv2"));

        var listed = await Store.ListWorkshopsAsync("tenant-a", "team-1", "19:general@thread.tacv2");

        Assert.Equal([inChannel], listed);
    }

    [Fact]
    public async Task ListWorkshops_of_a_tenant_without_workshops_is_empty()
    {
        Assert.Empty(await Store.ListWorkshopsAsync("tenant-without-workshops", teamId: null, channelId: null));
    }
}
