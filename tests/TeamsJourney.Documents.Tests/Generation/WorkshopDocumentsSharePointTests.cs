using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Documents.Tests.Fixtures;
using TeamsJourney.Domain.Workshops;
using static TeamsJourney.Documents.Tests.Publishing.TestDocuments;

namespace TeamsJourney.Documents.Tests.Generation;

/// <summary>The generator publishing through Graph (the local listener) for a workshop run in a Teams channel.</summary>
public sealed class WorkshopDocumentsSharePointTests : IDisposable
{
    private static readonly TeamsLocation InChannel = new("tenant-1", LocalGraphServer.TeamId, LocalGraphServer.ChannelId);

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("teamsjourney-generate-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero));

    public WorkshopDocumentsSharePointTests() => _time.SetLocalTimeZone(TimeZoneInfo.Utc);

    public void Dispose() => _root.Delete(recursive: true);

    private Task<GeneratedDocuments> Generate(IDocumentPublisher publisher) =>
        new WorkshopDocuments(publisher, _time).GenerateAsync(SampleWorkshops.Workshop(location: InChannel), SampleWorkshops.Sessions(SampleWorkshops.Walks()));

    [Fact]
    public async Task Both_files_arrive_in_the_channel_folder_byte_identical_to_what_was_generated()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var sharePoint = SharePointPublisherFor(graph);
        var recording = new RecordingPublisher(sharePoint);

        var published = await Generate(recording);

        Assert.Equal(Sha256(recording.Sent[published.Deck.FileName]), Sha256(graph.Files[published.Deck.FileName].Content));
        Assert.Equal(Sha256(recording.Sent[published.Report.FileName]), Sha256(graph.Files[published.Report.FileName].Content));
    }

    [Fact]
    public async Task Files_published_to_the_channel_pass_the_Office_2019_validator()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var sharePoint = SharePointPublisherFor(graph);

        var published = await Generate(sharePoint);

        OpenXmlAssert.Valid(graph.Files[published.Deck.FileName].Content, DocumentKind.Deck);
        OpenXmlAssert.Valid(graph.Files[published.Report.FileName].Content, DocumentKind.Report);
    }

    [Fact]
    public async Task Files_go_to_the_folder_of_the_workshops_channel()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var sharePoint = SharePointPublisherFor(graph);

        await Generate(sharePoint);

        Assert.All(
            graph.RequestsTo(LocalGraphRoute.FilesFolder),
            request => Assert.Contains(LocalGraphServer.ChannelId, Uri.UnescapeDataString(request.PathAndQuery), StringComparison.Ordinal));
        Assert.Equal(["Missed bins review - journey map.pptx", "Missed bins review - report.docx"], graph.Files.Keys.Order(StringComparer.Ordinal));
    }
}
