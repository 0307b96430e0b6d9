using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.Edits;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.DataRights;

/// <summary>
/// A SQLite workshop "ws-1" (facilitator Priya) with one group that has two items, the data-rights use cases wired
/// as AddWorkshops() wires them, a local documents folder and a clock the test moves.
/// </summary>
internal sealed class DataRightsFixture : IDisposable
{
    public static readonly Participant Priya = new("aad-priya", "Priya Shah");
    public static readonly Participant Sam = new("aad-sam", "Sam");

    private readonly SqliteWorkshopFolder _folder = new();
    private readonly string _documentsRoot = Directory.CreateTempSubdirectory("teamsjourney-dataright-docs-").FullName;

    public DataRightsFixture(RetentionOptions? retention = null)
    {
        Retention = retention ?? new RetentionOptions();
        Time = new FakeTimeProvider(SqliteWorkshopFolder.Now);
        Repository = new WorkshopRepository(_folder.Store);
        Publisher = new LocalFolderPublisher(_documentsRoot);
        var documents = new WorkshopDocuments(Publisher, Time);
        Audit = new WorkshopAuditTrail(Repository, Time);

        Delete = new DeleteWorkshop(Repository, Audit, Publisher, [Observer], NullLogger<DeleteWorkshop>.Instance);
        Installations = new TeamInstallations(Repository, Audit, Retention, Time, NullLogger<TeamInstallations>.Instance);
        Purge = new PurgeExpiredWorkshops(Repository, Delete, Retention, Time);
        var reader = new Workshops.Plenary.PlenaryReader(Repository);
        var plenary = new Workshops.Documents.DocumentPlenary(
            new Workshops.Plenary.ReadPlenary(reader), new Workshops.Plenary.WorkshopVersions(reader, new Workshops.Plenary.PlenaryWriter(reader, Time), Time));
        Export = new ExportWorkshop(Repository, documents, Audit, Time, reader, plenary, Publisher);
        Generate = new Workshops.Documents.GenerateDocuments(Repository, documents, new Workshops.Documents.DocumentGenerationGate(_folder.Store, Time, TimeSpan.Zero), plenary, Audit);
    }

    public FakeTimeProvider Time { get; }

    /// <summary>The store itself, to look at it as another instance would (with no cache).</summary>
    public Storage.Sqlite.SqliteWorkshopStore Store => _folder.Store;

    public RetentionOptions Retention { get; }

    public WorkshopRepository Repository { get; }

    public LocalFolderPublisher Publisher { get; }

    public WorkshopAuditTrail Audit { get; }

    public ExportWorkshop Export { get; }

    public DeleteWorkshop Delete { get; }

    public TeamInstallations Installations { get; }

    public PurgeExpiredWorkshops Purge { get; }

    public Workshops.Documents.GenerateDocuments Generate { get; }

    public RecordingDeletionObserver Observer { get; } = new();

    /// <summary>Creates "ws-1" ("Bins day", team-1) with group g1 and two items; returns the items.</summary>
    public async Task<IReadOnlyList<MapItem>> GivenAWorkshopWithItemsAsync()
    {
        await SqliteWorkshopFolder.StartGroupAsync(Repository);
        var edits = new MapEdits(Repository, new RunGroupCommand(Repository, Time), new NoConflictNotice());
        var stage = SqliteWorkshopFolder.Script().Stages[0].Id;
        var first = await edits.ApplyAsync(Sam, "tenant-1", "ws-1", "g1", new MapEdit { Op = EditOperations.Add, StageId = stage, Lane = "PainPoint", Text = "Bin left on the pavement", EvidenceKind = "Fact", EvidenceSource = "Complaints log, March", ClientEditId = "add-1" });
        var second = await edits.ApplyAsync(Priya, "tenant-1", "ws-1", "g1", new MapEdit { Op = EditOperations.Add, StageId = stage, Lane = "PainPoint", Text = "Nobody answers the phone", EvidenceKind = "Assumption", ClientEditId = "add-2" });
        return [Assert.IsType<EditApplied>(first).Item!, Assert.IsType<EditApplied>(second).Item!];
    }

    public string DocumentsFolder => Publisher.GetWorkshopFolder("ws-1");

    public void Dispose()
    {
        _folder.Dispose();
        Directory.Delete(_documentsRoot, recursive: true);
    }

    /// <summary>Remembers which workshops the use case said were deleted (as the tab's presence erasure hears it).</summary>
    internal sealed class RecordingDeletionObserver : IWorkshopDeletionObserver
    {
        public List<string> Deleted { get; } = [];

        public Task OnWorkshopDeletedAsync(string workshopId, CancellationToken cancellationToken = default)
        {
            Deleted.Add(workshopId);
            return Task.CompletedTask;
        }
    }
}
