using TeamsJourney.Storage;
using TeamsJourney.Storage.Tables;
using TeamsJourney.Testing.Storage;
using TeamsJourney.Workshops.Edits;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Edits;

/// <summary>
/// Co-editing concurrency is per item (issue 14): an edit is decided on the group as it stands when it is
/// written, so a change to another item never makes it lose, and only a change to the same field of the same
/// item is a conflict. Runs once per storage backend: the race is decided on what the store's optimistic append says.
/// </summary>
public abstract class PerItemCoEditingTests
{
    private const string Tenant = "tenant-1";
    private static readonly Participant Sam = new("aad-sam", "Sam");
    private static readonly Participant Alex = new("aad-alex", "Alex");
    private readonly InterferingStore _store;
    private readonly WorkshopRepository _repository;

    private protected PerItemCoEditingTests()
    {
        _store = new InterferingStore(BaseStore);
        _repository = new WorkshopRepository(_store);
    }

    [Fact]
    public async Task An_edit_that_loses_a_race_to_an_edit_of_another_item_is_applied_without_a_conflict()
    {
        await SqliteWorkshopFolder.StartGroupAsync(_repository);
        var first = await AddAsync(Edits(_repository), Sam, "Bin left on the pavement", "add-1");
        var second = await AddAsync(Edits(_repository), Sam, "No reply from the call centre", "add-2");

        // Another instance edits the second item between this edit's read and its write.
        InterfereWith(async () => Assert.IsType<EditApplied>(await Edits(new WorkshopRepository(BaseStore)).ApplyAsync(
            Alex, Tenant, "ws-1", "g1", TextEdit(second, "No reply for two days", "alex-1"))));

        var outcome = await Edits(_repository).ApplyAsync(Sam, Tenant, "ws-1", "g1", TextEdit(first, "Bin left on the pavement for a week", "sam-1"));

        var applied = Assert.IsType<EditApplied>(outcome);
        Assert.Equal("Bin left on the pavement for a week", applied.Item!.Text);
        Assert.Equal(2, _store.Appends);
        var map = (await new WorkshopRepository(BaseStore).LoadGroupAsync("ws-1", "g1"))!.Map;
        Assert.Equal("No reply for two days", map.FindItem(second.Id)!.Text);
        Assert.Equal("Bin left on the pavement for a week", map.FindItem(first.Id)!.Text);
    }

    [Fact]
    public async Task An_edit_that_loses_a_race_to_a_move_of_the_same_item_is_rebased_and_keeps_both_changes()
    {
        await SqliteWorkshopFolder.StartGroupAsync(_repository);
        var item = await AddAsync(Edits(_repository), Sam, "Bin left on the pavement", "add-1");
        var otherStage = SqliteWorkshopFolder.Script().Stages[1].Id;
        InterfereWith(async () => Assert.IsType<EditApplied>(await Edits(new WorkshopRepository(BaseStore)).ApplyAsync(
            Alex, Tenant, "ws-1", "g1", new MapEdit { Op = EditOperations.Move, ItemId = item.Id, BaseVersion = item.Version, StageId = otherStage, Lane = "PainPoint", ClientEditId = "alex-move" })));

        var outcome = await Edits(_repository).ApplyAsync(Sam, Tenant, "ws-1", "g1", TextEdit(item, "Bin left out for a week", "sam-1"));

        var applied = Assert.IsType<EditApplied>(outcome);
        Assert.Equal("Bin left out for a week", applied.Item!.Text);
        Assert.Equal(otherStage, applied.Item.StageId);
    }

    [Fact]
    public async Task An_edit_that_loses_a_race_to_a_text_edit_of_the_same_item_is_a_conflict_naming_the_winner()
    {
        await SqliteWorkshopFolder.StartGroupAsync(_repository);
        var item = await AddAsync(Edits(_repository), Sam, "Bin left on the pavement", "add-1");
        InterfereWith(async () => Assert.IsType<EditApplied>(await Edits(new WorkshopRepository(BaseStore)).ApplyAsync(
            Alex, Tenant, "ws-1", "g1", TextEdit(item, "Alex's words", "alex-1"))));

        var outcome = await Edits(_repository).ApplyAsync(Sam, Tenant, "ws-1", "g1", TextEdit(item, "Sam's words", "sam-1"));

        var conflict = Assert.IsType<EditConflict>(outcome);
        Assert.Equal(ItemFields.Text, conflict.ConflictingField);
        Assert.Equal("Alex", conflict.Winner);
        Assert.Equal("Alex's words", (await _repository.LoadGroupAsync("ws-1", "g1"))!.Map.FindItem(item.Id)!.Text);
    }

    [Fact]
    public async Task Fifty_co_editors_editing_their_own_items_at_the_same_moment_are_all_applied_and_none_is_lost()
    {
        await SqliteWorkshopFolder.StartGroupAsync(_repository);
        var edits = Edits(_repository);
        var items = new List<Domain.Maps.MapItem>();
        for (var i = 0; i < 50; i++)
        {
            items.Add(await AddAsync(edits, Sam, $"Item {i}", $"add-{i}", stage: i % SqliteWorkshopFolder.Script().Stages.Count));
        }

        var outcomes = await Task.WhenAll(items.Select((item, i) => Task.Run(() =>
            edits.ApplyAsync(new Participant($"aad-{i}", $"Editor {i}"), Tenant, "ws-1", "g1", TextEdit(item, $"Edited by editor {i}", $"edit-{i}")))));

        Assert.All(outcomes, o => Assert.IsType<EditApplied>(o));
        var map = (await new WorkshopRepository(BaseStore).LoadGroupAsync("ws-1", "g1"))!.Map;
        Assert.All(items.Select((item, i) => (item, i)), x => Assert.Equal($"Edited by editor {x.i}", map.FindItem(x.item.Id)!.Text));
    }

    /// <summary>The store every "instance" of the test shares (the interfering one wraps it).</summary>
    private protected abstract IWorkshopStore BaseStore { get; }

    private static MapEdits Edits(WorkshopRepository repository) => new(repository, new RunGroupCommand(repository, TimeProvider.System), new NoConflictNotice());

    private static MapEdit TextEdit(Domain.Maps.MapItem item, string text, string clientEditId) =>
        new() { Op = EditOperations.EditText, ItemId = item.Id, BaseVersion = item.Version, Text = text, ClientEditId = clientEditId };

    private static async Task<Domain.Maps.MapItem> AddAsync(MapEdits edits, Participant editor, string text, string clientEditId, int stage = 0)
    {
        var outcome = await edits.ApplyAsync(editor, Tenant, "ws-1", "g1", new MapEdit
        {
            Op = EditOperations.Add, StageId = SqliteWorkshopFolder.Script().Stages[stage].Id, Lane = "PainPoint", Text = text, ClientEditId = clientEditId,
        });
        return Assert.IsType<EditApplied>(outcome).Item!;
    }

    private void InterfereWith(Func<Task> interference)
    {
        _store.ResetCount();
        _store.InterfereOnStream = "group-g1";
        _store.Interference = interference;
    }
}

/// <summary>Per-item co-editing on the embedded SQLite store.</summary>
public sealed class PerItemCoEditingOnSqliteTests : PerItemCoEditingTests, IDisposable
{
    private readonly SqliteWorkshopFolder _folder = new();

    private protected override IWorkshopStore BaseStore => _folder.Store;

    public void Dispose() => _folder.Dispose();
}

/// <summary>Per-item co-editing on Azure Tables, served by a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PerItemCoEditingOnAzuriteTests(AzuriteFixture azurite) : PerItemCoEditingTests
{
    private readonly TableWorkshopStore _tables = new(azurite.ConnectionString, "coedit" + Guid.NewGuid().ToString("N")[..8]);

    private protected override IWorkshopStore BaseStore => _tables;
}
