using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Tables;
using TeamsJourney.Testing.Storage;
using TeamsJourney.Workshops.Documents;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Plenary;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Plenary;

/// <summary>
/// The documents of a workshop's second half through the use cases, on a real store: three groups, a merge and a
/// split, a workshop-wide vote, three agreed initiatives, version 1 frozen, five notes changed in round two. The
/// deck and report pass the Office 2019 validator and open with the consolidated map, then what changed since v1.
/// </summary>
public abstract class SecondHalfDocumentsTests
{
    private static readonly Participant Priya = ThreeTablesWorkshop.Facilitator;
    private static readonly Participant[] Members = [new("aad-ann", "Ann"), new("aad-ben", "Ben"), new("aad-cat", "Cat")];
    private static readonly OpenXmlValidator Validator = new(FileFormatVersions.Office2019);
    private readonly string _workshopId = $"ws-{Guid.NewGuid():N}"[..20];

    private protected abstract IWorkshopStore Store { get; }

    [Fact]
    public async Task Deck_and_report_open_with_the_consolidated_workshop_and_what_changed_since_the_version()
    {
        var (generate, write) = await SecondHalfAsync();
        var folder = Directory.CreateTempSubdirectory("tj-plenary-docs-");
        try
        {
            var deck = (await write.WriteAsync(_workshopId, DocumentKind.Deck))!;
            var report = (await write.WriteAsync(_workshopId, DocumentKind.Report))!;

            var deckText = Valid(deck.Content.ToArray(), isDeck: true);
            var reportText = Valid(report.Content.ToArray(), isDeck: false);
            foreach (var text in new[] { deckText, reportText })
            {
                Assert.Contains("Consolidated journey map", text, StringComparison.Ordinal);
                Assert.Contains("What changed since “As-is, agreed 14 March”", text, StringComparison.Ordinal);
                Assert.Contains("Online form times out after 10 minutes", text, StringComparison.Ordinal);
                Assert.Contains("Text when the crew is on the way", text, StringComparison.Ordinal);
                Assert.Contains("Complaints log", text, StringComparison.Ordinal);
                Assert.Contains("Contact centre", text, StringComparison.Ordinal);
            }

            Assert.Contains("1 note added, 1 removed, 3 changed; 1 initiative changed status.", deckText, StringComparison.Ordinal);
            Assert.Contains("Action plan: 3 agreed initiatives", deckText, StringComparison.Ordinal);
            Assert.True(deckText.IndexOf("What changed since", StringComparison.Ordinal) < deckText.IndexOf("Journey map: Table 1", StringComparison.Ordinal), "The workshop story comes before the groups' own maps.");

            // The published pair is written the same way: the generated deck also opens with what changed.
            Assert.NotNull(await generate(folder.FullName).GenerateAsync(_workshopId, null));
            var publishedDeck = Directory.GetFiles(folder.FullName, "*.pptx", SearchOption.AllDirectories).Single();
            Assert.Contains("What changed since", Valid(await File.ReadAllBytesAsync(publishedDeck), isDeck: true), StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(folder.FullName, "*.docx", SearchOption.AllDirectories));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Valid(byte[] file, bool isDeck)
    {
        using var stream = new MemoryStream(file, writable: false);
        using OpenXmlPackage package = isDeck ? PresentationDocument.Open(stream, false) : WordprocessingDocument.Open(stream, false);
        var errors = Validator.Validate(package).Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return package is PresentationDocument deck
            ? string.Join("\n", deck.PresentationPart!.SlideParts.OrderBy(p => int.Parse(deck.PresentationPart.GetIdOfPart(p)["rIdSlide".Length..], System.Globalization.CultureInfo.InvariantCulture)).Select(p => string.Join(" ", p.Slide.Descendants<DocumentFormat.OpenXml.Drawing.Paragraph>().Select(x => x.InnerText))))
            : ((WordprocessingDocument)package).MainDocumentPart!.Document.Body!.InnerText;
    }

    private async Task<(Func<string, GenerateDocuments> Generate, WriteDocument Write)> SecondHalfAsync()
    {
        var repository = new WorkshopRepository(Store);
        var time = TimeProvider.System;
        var reader = new PlenaryReader(repository);
        var writer = new PlenaryWriter(reader, time);
        var consolidate = new ConsolidateMap(writer);
        var plan = new PlanInitiatives(writer);
        var versions = new WorkshopVersions(reader, writer, time);
        var stage = SqliteWorkshopFolder.Script().Stages[0].Id;
        var tables = new ThreeTablesWorkshop(repository, _workshopId);
        await tables.CreateAsync();

        var start = (await new ReadPlenary(reader).ReadAsync(_workshopId))!;
        var form = start.Consolidation.ClusterOf(new ItemRef("g1", await tables.IdOfAsync("g1", "Online form times out")))!;
        await ApplyAsync(consolidate.ApplyAsync(_workshopId, Priya, new SplitCluster([form.Members.Single(m => m.Ref.GroupId == "g3").Ref])));
        await ApplyAsync(consolidate.ApplyAsync(_workshopId, Priya, new MergeClusters([new("g1", await tables.IdOfAsync("g1", "Nobody replies")), new("g2", await tables.IdOfAsync("g2", "No answer to my emails"))])));
        var pool = (await plan.ChangeAsync(_workshopId, Priya, new MergeInitiatives([await tables.IdeaAsync("g1", "Autosave the form"), await tables.IdeaAsync("g2", "Save the form as you go")]))).View!.Initiatives;
        var ids = pool.Initiatives.Select(i => i.MemberRefs.First()).ToList();
        foreach (var (member, choice) in new[] { (0, 0), (1, 0), (2, 1), (0, 2) })
        {
            await ApplyAsync(plan.ChangeAsync(_workshopId, Members[member], new CastDot(ids[choice], Members[member].UserId)));
        }

        foreach (var (id, owner) in ids.Zip(["Digital team", "Waste services", "Contact centre"]))
        {
            await ApplyAsync(plan.ChangeAsync(_workshopId, Priya, new AgreeInitiative(id, owner, new DateOnly(2027, 3, 31), "Fewer repeat calls")));
        }

        await ApplyAsync(versions.FreezeAsync(_workshopId, Priya, "As-is, agreed 14 March"));
        await tables.RunAsync("g1", new EditItem(await tables.IdOfAsync("g1", "Online form times out"), "Online form times out after 10 minutes"));
        await tables.RunAsync("g2", new SetEvidence(await tables.IdOfAsync("g2", "No answer to my emails"), EvidenceKind.Fact, "Complaints log"));
        await tables.RunAsync("g3", new DeleteItem(await tables.IdOfAsync("g3", "Waits a week")));
        await tables.RunAsync("g3", new AddItem(stage, Lane.Opportunity, "Text when the crew is on the way"));
        await tables.RunAsync("g2", new MoveItem(await tables.IdOfAsync("g2", "Checks the bin day"), stage, Lane.Thought));
        await ApplyAsync(plan.ChangeAsync(_workshopId, Priya, new ChangeInitiativeStatus(ids[0], InitiativeStatus.InProgress)));

        var documentPlenary = new DocumentPlenary(new ReadPlenary(reader), versions);
        return (
            root => new GenerateDocuments(repository, new WorkshopDocuments(new LocalFolderPublisher(root), time), new DocumentGenerationGate(Store, time, TimeSpan.Zero), documentPlenary),
            new WriteDocument(repository, new WorkshopDocuments(new LocalFolderPublisher(Path.GetTempPath()), time), documentPlenary));
    }

    private static async Task ApplyAsync(Task<PlenaryResult> change)
    {
        var result = await change;
        Assert.True(result.Outcome == PlenaryOutcome.Applied, $"{result.Outcome}: {result.Reason}");
    }

}

public sealed class SecondHalfDocumentsOnSqliteTests : SecondHalfDocumentsTests, IDisposable
{
    private readonly SqliteWorkshopFolder _folder = new();

    private protected override IWorkshopStore Store => _folder.Store;

    public void Dispose() => _folder.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class SecondHalfDocumentsOnAzuriteTests(AzuriteFixture azurite) : SecondHalfDocumentsTests
{
    private readonly TableWorkshopStore _store = new(azurite.ConnectionString);

    private protected override IWorkshopStore Store => _store;
}
