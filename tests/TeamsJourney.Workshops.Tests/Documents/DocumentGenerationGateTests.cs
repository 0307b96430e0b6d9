using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Tables;
using TeamsJourney.Testing.Storage;
using TeamsJourney.Workshops.Documents;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Documents;

/// <summary>
/// Document generation is rate-limited per workshop: one at a time, and a minimum interval between starts, on every
/// instance that shares the store (each test's second gate is another instance).
/// </summary>
public abstract class DocumentGenerationGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly string _workshop = "ws-gate-" + Guid.NewGuid().ToString("N")[..8];

    private protected abstract IWorkshopStore Store { get; }

    [Fact]
    public async Task A_second_generation_while_one_runs_is_refused_as_running()
    {
        var gate = AGate();
        await using var first = await gate.EnterAsync(_workshop);

        var refused = await Assert.ThrowsAsync<DocumentGenerationThrottledException>(() => gate.EnterAsync(_workshop));

        Assert.True(refused.Running);
        Assert.NotNull(await gate.RetryAfterAsync(_workshop));
    }

    [Fact]
    public async Task A_generation_running_on_another_instance_is_refused_as_running()
    {
        var instanceA = AGate();
        var instanceB = AGate();
        await using var first = await instanceA.EnterAsync(_workshop);

        var refused = await Assert.ThrowsAsync<DocumentGenerationThrottledException>(() => instanceB.EnterAsync(_workshop));

        Assert.True(refused.Running);
        Assert.NotNull(await instanceB.RetryAfterAsync(_workshop));
    }

    [Fact]
    public async Task A_generation_within_the_minimum_interval_is_refused_with_the_time_left_on_every_instance()
    {
        await (await AGate().EnterAsync(_workshop)).DisposeAsync();
        _time.Advance(TimeSpan.FromSeconds(10));

        var refused = await Assert.ThrowsAsync<DocumentGenerationThrottledException>(() => AGate().EnterAsync(_workshop));

        Assert.False(refused.Running);
        Assert.Equal(TimeSpan.FromSeconds(20), refused.RetryAfter);
        Assert.Contains("20 s", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_interval_the_workshop_generates_again()
    {
        var gate = AGate();
        await (await gate.EnterAsync(_workshop)).DisposeAsync();
        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Null(await gate.RetryAfterAsync(_workshop));
        await (await AGate().EnterAsync(_workshop)).DisposeAsync();
    }

    [Fact]
    public async Task A_generation_whose_instance_died_frees_the_workshop_when_its_lease_ends()
    {
        _ = await AGate().EnterAsync(_workshop);
        _time.Advance(DocumentGenerationGate.RunningLease + TimeSpan.FromSeconds(1));

        await (await AGate().EnterAsync(_workshop)).DisposeAsync();
    }

    [Fact]
    public async Task Of_generations_started_at_the_same_moment_on_several_instances_exactly_one_runs()
    {
        var gates = Enumerable.Range(0, 6).Select(_ => AGate()).ToList();

        var attempts = await Task.WhenAll(gates.Select(async gate =>
        {
            try
            {
                return await gate.EnterAsync(_workshop);
            }
            catch (DocumentGenerationThrottledException)
            {
                return null;
            }
        }));

        Assert.Single(attempts, a => a is not null);
    }

    [Fact]
    public async Task Another_workshop_is_not_held_up()
    {
        var gate = AGate();
        await using var first = await gate.EnterAsync(_workshop);

        await using var other = await gate.EnterAsync(_workshop + "-other");

        Assert.Null(await gate.RetryAfterAsync(_workshop + "-third"));
    }

    private DocumentGenerationGate AGate() => new(Store, _time, TimeSpan.FromSeconds(30));
}

public sealed class DocumentGenerationGateOnSqliteTests : DocumentGenerationGateTests, IDisposable
{
    private readonly SqliteWorkshopFolder _folder = new();

    private protected override IWorkshopStore Store => _folder.Store;

    public void Dispose() => _folder.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class DocumentGenerationGateOnAzuriteTests(AzuriteFixture azurite) : DocumentGenerationGateTests
{
    private readonly TableWorkshopStore _store = new(azurite.ConnectionString, "gate" + Guid.NewGuid().ToString("N")[..8]);

    private protected override IWorkshopStore Store => _store;
}
