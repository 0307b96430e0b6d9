using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Tables;
using TeamsJourney.Testing.Storage;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Persistence;

/// <summary>
/// Workshop creation is atomic and self-healing (issue 14): a workshop an older version left half made (its header
/// without its first state) is completed by the next start instead of blocking the channel silently, and only one of
/// racing starts completes it.
/// </summary>
public abstract class HalfMadeWorkshopTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private protected abstract IWorkshopStore Store { get; }

    [Fact]
    public async Task A_header_left_without_its_first_state_is_healed_by_the_next_creation()
    {
        var id = "ws-half-" + Guid.NewGuid().ToString("N")[..8];
        Assert.True(await Store.TryCreateWorkshopAsync(new WorkshopHeader(id, "tenant-1", "team-1", "19:c@thread.tacv2", "Bins day", Now)));
        var repository = new WorkshopRepository(Store);
        Assert.Null(await repository.LoadWorkshopAsync(id));

        Assert.True(await repository.CreateWorkshopAsync(AWorkshop(id), Now));

        Assert.Equal("Bins day", (await repository.LoadWorkshopAsync(id))!.Workshop.Title);
    }

    [Fact]
    public async Task Of_racing_creations_healing_a_half_made_workshop_exactly_one_wins()
    {
        var id = "ws-half-" + Guid.NewGuid().ToString("N")[..8];
        Assert.True(await Store.TryCreateWorkshopAsync(new WorkshopHeader(id, "tenant-1", "team-1", "19:c@thread.tacv2", "Bins day", Now)));

        var created = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => new WorkshopRepository(Store).CreateWorkshopAsync(AWorkshop(id), Now)));

        Assert.Single(created, c => c);
        Assert.Single(await Store.ReadStreamAsync(id, WorkshopStreams.Workshop));
    }

    private static Workshop AWorkshop(string id)
    {
        var workshop = Workshop.Create(id, "Bins day", new TeamsLocation("tenant-1", "team-1", "19:c@thread.tacv2"));
        workshop.AddFacilitator("aad-priya");
        return workshop;
    }
}

public sealed class HalfMadeWorkshopOnSqliteTests : HalfMadeWorkshopTests, IDisposable
{
    private readonly SqliteWorkshopFolder _folder = new();

    private protected override IWorkshopStore Store => _folder.Store;

    public void Dispose() => _folder.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class HalfMadeWorkshopOnAzuriteTests(AzuriteFixture azurite) : HalfMadeWorkshopTests
{
    private readonly TableWorkshopStore _store = new(azurite.ConnectionString, "half" + Guid.NewGuid().ToString("N")[..8]);

    private protected override IWorkshopStore Store => _store;
}
