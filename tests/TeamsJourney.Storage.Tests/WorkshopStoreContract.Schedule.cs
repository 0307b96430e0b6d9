namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListDue_returns_the_workshops_due_by_then_soonest_first()
    {
        await Store.SaveDueAtAsync("ws-later", Noon.AddMinutes(5));
        await Store.SaveDueAtAsync("ws-sooner", Noon.AddMinutes(-3));
        await Store.SaveDueAtAsync("ws-future", Noon.AddHours(2));

        Assert.Equal(["ws-sooner", "ws-later"], await Store.ListDueAsync(Noon.AddMinutes(5)));
        Assert.Equal(["ws-sooner"], await Store.ListDueAsync(Noon));
    }

    [Fact]
    public async Task SaveDueAt_again_replaces_the_time_and_null_forgets_it()
    {
        await Store.SaveDueAtAsync("ws-1", Noon);
        await Store.SaveDueAtAsync("ws-1", Noon.AddHours(1));
        Assert.Empty(await Store.ListDueAsync(Noon.AddMinutes(30)));

        await Store.SaveDueAtAsync("ws-1", null);
        await Store.SaveDueAtAsync("ws-never-scheduled", null);

        Assert.Empty(await Store.ListDueAsync(Noon.AddDays(1)));
    }

    [Fact]
    public async Task Due_times_in_other_offsets_compare_as_instants()
    {
        await Store.SaveDueAtAsync("ws-1", new DateTimeOffset(2026, 12, 7, 13, 30, 0, TimeSpan.FromHours(1)));

        Assert.Empty(await Store.ListDueAsync(Noon.AddMinutes(29)));
        Assert.Equal(["ws-1"], await Store.ListDueAsync(Noon.AddMinutes(30)));
    }
}
