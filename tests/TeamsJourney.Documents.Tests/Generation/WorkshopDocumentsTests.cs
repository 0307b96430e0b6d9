using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Documents.Tests.Fixtures;
using TeamsJourney.Documents.Tests.Pptx;

namespace TeamsJourney.Documents.Tests.Generation;

/// <summary>The generator end to end with the local folder publisher: files on disk, valid, sensibly named.</summary>
public sealed class WorkshopDocumentsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("teamsjourney-generate-");
    private readonly LocalFolderPublisher _publisher;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero));

    public WorkshopDocumentsTests()
    {
        _publisher = new LocalFolderPublisher(_root.FullName);
        _time.SetLocalTimeZone(TimeZoneInfo.Utc);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private Task<GeneratedDocuments> Generate(string title = "Missed bins review", IProgress<DocumentProgress>? progress = null, CancellationToken ct = default) =>
        new WorkshopDocuments(_publisher, _time).GenerateAsync(SampleWorkshops.Workshop(title), SampleWorkshops.Sessions(SampleWorkshops.Walks()), progress, ct);

    private byte[] Stored(PublishedDocument document) => File.ReadAllBytes(Path.Combine(_root.FullName, document.ItemId!));

    [Fact]
    public async Task GenerateAsync_publishes_a_deck_and_a_report_named_after_the_workshop()
    {
        var documents = await Generate();

        Assert.Equal("Missed bins review - journey map.pptx", documents.Deck.FileName);
        Assert.Equal("Missed bins review - report.docx", documents.Report.FileName);
    }

    [Fact]
    public async Task GenerateAsync_stores_files_that_pass_the_Office_2019_validator()
    {
        var documents = await Generate();

        OpenXmlAssert.Valid(Stored(documents.Deck), DocumentKind.Deck);
        OpenXmlAssert.Valid(Stored(documents.Report), DocumentKind.Report);
    }

    [Fact]
    public async Task GenerateAsync_prints_the_date_from_the_time_provider()
    {
        var documents = await Generate();
        using var deck = new DeckReader(Stored(documents.Deck));

        Assert.Contains("14 March 2026", deck.Slides[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_cleans_a_title_that_is_unsafe_as_a_file_name()
    {
        var documents = await Generate("Bins: review / phase 2? <draft>");

        Assert.All([documents.Deck.FileName, documents.Report.FileName], name => Assert.Equal(-1, name.IndexOfAny(['/', '\\', ':', '?', '<', '>'])));
        Assert.EndsWith(" - journey map.pptx", documents.Deck.FileName, StringComparison.Ordinal);
        Assert.EndsWith(" - report.docx", documents.Report.FileName, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root.FullName, documents.Report.ItemId!)));
    }

    [Fact]
    public async Task GenerateAsync_keeps_the_document_kind_in_the_name_of_a_very_long_title()
    {
        var documents = await Generate(new string('W', 200));

        Assert.EndsWith(" - report.docx", documents.Report.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_reports_each_step_in_order_ending_at_one_hundred_percent()
    {
        var progress = new RecordingProgress();

        await Generate(progress: progress);

        Assert.Equal(
            [DocumentGenerationStep.Preparing, DocumentGenerationStep.WritingDeck, DocumentGenerationStep.WritingReport, DocumentGenerationStep.Publishing, DocumentGenerationStep.Done],
            progress.Reports.Select(r => r.Step));
        Assert.Equal(progress.Reports.Select(r => r.Percent).Order(), progress.Reports.Select(r => r.Percent));
        Assert.Equal(100, progress.Reports[^1].Percent);
    }

    [Fact]
    public async Task GenerateAsync_cancelled_publishes_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Generate(ct: cancelled.Token));

        Assert.Empty(Directory.EnumerateFiles(_root.FullName, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task GenerateAsync_twice_replaces_the_first_files_instead_of_adding_copies()
    {
        var first = await Generate();
        var second = await Generate();

        Assert.Equal((first.Deck.FileName, first.Report.FileName), (second.Deck.FileName, second.Report.FileName));
        Assert.Equal(first.Deck.Url, second.Deck.Url);
        var folder = Path.GetDirectoryName(Path.Combine(_root.FullName, second.Deck.ItemId!))!;
        Assert.Equal(2, Directory.GetFiles(folder).Count(f => !Path.GetFileName(f).StartsWith('.')));
        Assert.Equal(Stored(second.Deck), File.ReadAllBytes(Path.Combine(folder, second.Deck.FileName)));
    }
}
