using TeamsJourney.Storage;

namespace TeamsJourney.Storage.Tests;

/// <summary>Named leases of a workshop (one document generation at a time, across instances) (issue 14).</summary>
public abstract partial class WorkshopStoreContract
{
    private const string Generation = "document-generation";
    private static readonly DateTimeOffset LeaseNow = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_free_lease_is_taken_and_a_second_taker_is_refused_while_it_is_held()
    {
        var workshop = await GivenAWorkshopAsync();

        var first = await Store.TryTakeLeaseAsync(workshop.WorkshopId, Generation, "instance-a", LeaseNow, LeaseNow.AddMinutes(10), TimeSpan.FromSeconds(30));
        var second = await Store.TryTakeLeaseAsync(workshop.WorkshopId, Generation, "instance-b", LeaseNow.AddMinutes(1), LeaseNow.AddMinutes(11), TimeSpan.FromSeconds(30));

        Assert.True(first.Taken);
        Assert.False(second.Taken);
        Assert.Equal("instance-a", second.Lease.Holder);
        Assert.True(second.Lease.IsHeldAt(LeaseNow.AddMinutes(1)));
    }

    [Fact]
    public async Task A_released_lease_is_taken_again_only_after_the_minimum_interval_since_it_was_last_taken()
    {
        var workshop = await GivenAWorkshopAsync();
        await Store.TryTakeLeaseAsync(workshop.WorkshopId, Generation, "instance-a", LeaseNow, LeaseNow.AddMinutes(10), TimeSpan.FromSeconds(30));
        await Store.ReleaseLeaseAsync(workshop.WorkshopId, Generation, "instance-a");

        var tooSoon = await Store.TryTakeLeaseAsync(workshop.WorkshopId, Generation, "instance-b", LeaseNow.AddSeconds(10), LeaseNow.AddMinutes(10), TimeSpan.FromSeconds(30));
        var later = await Store.TryTakeLeaseAsync(workshop.WorkshopId, Generation, "instance-b", LeaseNow.AddSeconds(30), LeaseNow.AddMinutes(10), TimeSpan.FromSeconds(30));

        Assert.False(tooSoon.Taken);
        Assert.False(tooSoon.Lease.IsHeldAt(LeaseNow.AddSeconds(10)));
        Assert.Equal(LeaseNow, tooSoon.Lease.TakenAt);
        Assert.True(later.Taken);
        Assert.Equal("instance-b", (await Store.GetLeaseAsync(workshop.WorkshopId, Generation))!.Holder);
    }

    [Fact]
    public async Task A_lease_held_past_its_end_is_taken_over()
    {
        var workshop = await GivenAWorkshopAsync();
        await Store.TryTakeLeaseAsync(workshop.WorkshopId, Generation, "instance-that-died", LeaseNow, LeaseNow.AddMinutes(10), TimeSpan.Zero);

        var takeover = await Store.TryTakeLeaseAsync(workshop.WorkshopId, Generation, "instance-b", LeaseNow.AddMinutes(11), LeaseNow.AddMinutes(21), TimeSpan.Zero);

        Assert.True(takeover.Taken);
    }

    [Fact]
    public async Task Only_the_holder_gives_a_lease_back()
    {
        var workshop = await GivenAWorkshopAsync();
        await Store.TryTakeLeaseAsync(workshop.WorkshopId, Generation, "instance-a", LeaseNow, LeaseNow.AddMinutes(10), TimeSpan.Zero);

        await Store.ReleaseLeaseAsync(workshop.WorkshopId, Generation, "instance-b");

        Assert.False((await Store.GetLeaseAsync(workshop.WorkshopId, Generation))!.Released);
        await Store.ReleaseLeaseAsync(workshop.WorkshopId, Generation, "instance-a");
        Assert.True((await Store.GetLeaseAsync(workshop.WorkshopId, Generation))!.Released);
    }

    [Fact]
    public async Task Of_concurrent_takers_of_a_free_lease_exactly_one_gets_it()
    {
        var workshop = await GivenAWorkshopAsync();

        var takes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Store.TryTakeLeaseAsync(workshop.WorkshopId, Generation, $"instance-{i}", LeaseNow, LeaseNow.AddMinutes(10), TimeSpan.FromSeconds(30))));

        Assert.Single(takes, t => t.Taken);
    }

    [Fact]
    public async Task Leases_of_workshops_are_apart_and_go_with_the_workshops_deletion()
    {
        var doomed = await GivenAWorkshopAsync();
        var kept = await GivenAWorkshopAsync();
        await Store.TryTakeLeaseAsync(doomed.WorkshopId, Generation, "instance-a", LeaseNow, LeaseNow.AddMinutes(10), TimeSpan.Zero);
        Assert.True((await Store.TryTakeLeaseAsync(kept.WorkshopId, Generation, "instance-a", LeaseNow, LeaseNow.AddMinutes(10), TimeSpan.Zero)).Taken);

        Assert.True(await Store.DeleteWorkshopAsync(doomed.WorkshopId));

        Assert.Null(await Store.GetLeaseAsync(doomed.WorkshopId, Generation));
        Assert.NotNull(await Store.GetLeaseAsync(kept.WorkshopId, Generation));
    }
}
