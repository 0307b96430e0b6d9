using TeamsJourney.Documents.Publishing;
using TeamsJourney.Documents.Publishing.Pdf;
using TeamsJourney.Documents.Tests.Fixtures;
using static TeamsJourney.Documents.Tests.Publishing.TestDocuments;

namespace TeamsJourney.Documents.Tests.Publishing;

/// <summary>The local folder publisher stores a PDF copy beside each deck and report when it has a converter.</summary>
public sealed class LocalFolderPdfCopyTests : IDisposable
{
    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly string _sandbox = Directory.CreateTempSubdirectory("teamsjourney-pdf-tests-").FullName;

    public void Dispose() => Directory.Delete(_sandbox, recursive: true);

    [Fact]
    [Trait("Category", "Rendering")]
    public async Task With_LibreOffice_a_deck_and_a_report_get_a_real_PDF_copy_beside_them()
    {
        LibreOfficeInstallation.EnsureInstalled();
        using var converter = new LibreOfficePdfConverter("soffice", TimeSpan.FromMinutes(3));
        var publisher = new LocalFolderPublisher(Path.Combine(_sandbox, "documents"), converter);

        var deck = await publisher.PublishAsync(Deck("Bins - journey map.pptx", Generate.Deck(Reports.Small()), OutsideTeams));
        var report = await publisher.PublishAsync(new DocumentToPublish("Bins - report.docx", DocxContentType, new MemoryStream(Generate.Report(Reports.Small())), OutsideTeams));

        Assert.Equal($"/documents/{Path.GetFileName(publisher.GetWorkshopFolder("ws-42"))}/Bins%20-%20journey%20map.pdf", deck.PdfCopy!.Url);
        Assert.Equal("Bins - report.pdf", report.PdfCopy!.FileName);
        foreach (var pdf in new[] { deck.PdfCopy, report.PdfCopy })
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(publisher.GetWorkshopFolder("ws-42"), pdf.FileName));
            Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
            Assert.Equal(bytes.LongLength, pdf.SizeBytes);
        }
    }

    [Fact]
    public async Task A_failed_conversion_keeps_the_document_and_publishes_no_copy()
    {
        var publisher = new LocalFolderPublisher(Path.Combine(_sandbox, "documents"), new FailingConverter());

        var published = await publisher.PublishAsync(Deck("journey.pptx", Bytes(100), OutsideTeams));

        Assert.Null(published.PdfCopy);
        Assert.Equal(["journey.pptx"], Directory.GetFiles(publisher.GetWorkshopFolder("ws-42")).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')));
    }

    [Fact]
    public async Task Only_decks_and_reports_are_converted()
    {
        var converter = new CopyingConverter();
        var publisher = new LocalFolderPublisher(Path.Combine(_sandbox, "documents"), converter);

        var text = await publisher.PublishAsync(new DocumentToPublish("notes.txt", "text/plain", new MemoryStream(Bytes(10)), OutsideTeams));
        var deck = await publisher.PublishAsync(Deck("journey.pptx", Bytes(10), OutsideTeams));

        Assert.Null(text.PdfCopy);
        Assert.Equal("journey.pdf", deck.PdfCopy!.FileName);
        Assert.Equal(1, converter.Calls);
    }

    [Fact]
    public async Task A_regeneration_replaces_the_previous_PDF_copy_like_the_document()
    {
        var publisher = new LocalFolderPublisher(Path.Combine(_sandbox, "documents"), new CopyingConverter());
        Directory.CreateDirectory(publisher.GetWorkshopFolder("ws-42"));
        await File.WriteAllTextAsync(Path.Combine(publisher.GetWorkshopFolder("ws-42"), "journey.pdf"), "older");

        var deck = await publisher.PublishAsync(Deck("journey.pptx", Bytes(10), OutsideTeams));

        Assert.Equal("journey.pdf", deck.PdfCopy!.FileName);
        Assert.NotEqual("older", await File.ReadAllTextAsync(Path.Combine(publisher.GetWorkshopFolder("ws-42"), "journey.pdf")));
    }

    [Fact]
    public async Task A_failed_conversion_on_regeneration_removes_the_stale_PDF_copy()
    {
        var publisher = new LocalFolderPublisher(Path.Combine(_sandbox, "documents"), new FailingConverter());
        Directory.CreateDirectory(publisher.GetWorkshopFolder("ws-42"));
        await File.WriteAllTextAsync(Path.Combine(publisher.GetWorkshopFolder("ws-42"), "journey.pdf"), "from the last generation");

        var deck = await publisher.PublishAsync(Deck("journey.pptx", Bytes(10), OutsideTeams));

        Assert.Null(deck.PdfCopy);
        Assert.False(File.Exists(Path.Combine(publisher.GetWorkshopFolder("ws-42"), "journey.pdf")));
    }

    [Fact]
    public void LibreOffice_is_found_only_where_it_is()
    {
        Assert.False(LibreOfficePdfConverter.IsInstalled(Path.Combine(_sandbox, "no-such-soffice")));
        Assert.False(LibreOfficePdfConverter.IsInstalled("teamsjourney-no-such-office"));
        Assert.True(LibreOfficePdfConverter.IsInstalled("sh"));
    }

    private sealed class FailingConverter : IPdfConverter
    {
        public Task<string> ConvertAsync(string sourcePath, string outputFolder, CancellationToken ct = default) =>
            throw new PdfConversionException("LibreOffice crashed.");
    }

    // Stands in for a converter: writes a PDF-named copy, so the publisher's naming and moving are what is tested.
    private sealed class CopyingConverter : IPdfConverter
    {
        public int Calls { get; private set; }

        public async Task<string> ConvertAsync(string sourcePath, string outputFolder, CancellationToken ct = default)
        {
            Calls++;
            var target = Path.Combine(outputFolder, Path.ChangeExtension(Path.GetFileName(sourcePath), ".pdf"));
            await File.WriteAllTextAsync(target, "%PDF-1.7 copy", ct);
            return target;
        }
    }
}
