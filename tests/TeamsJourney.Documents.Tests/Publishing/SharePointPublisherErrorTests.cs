using TeamsJourney.Documents.Publishing;
using TeamsJourney.Documents.Tests.Fixtures;
using static TeamsJourney.Documents.Tests.Publishing.TestDocuments;

namespace TeamsJourney.Documents.Tests.Publishing;

public sealed class SharePointPublisherErrorTests
{
    [Fact]
    public async Task PublishAsync_for_an_unknown_channel_fails_with_the_status_and_uploads_nothing()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);
        var elsewhere = PublishDestination.ForChannel("ws-42", LocalGraphServer.TeamId, "19:gone@thread.tacv2");

        var error = await Assert.ThrowsAsync<DocumentPublishException>(
            () => publisher.PublishAsync(Deck("journey.pptx", Bytes(100), elsewhere)));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("files folder", error.Message, StringComparison.Ordinal);
        Assert.Equal([LocalGraphRoute.FilesFolder], graph.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task PublishAsync_refused_with_401_explains_which_permissions_the_app_needs()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.Fail(LocalGraphRoute.UploadContent, 401);
        using var publisher = SharePointPublisherFor(graph);

        var error = await Assert.ThrowsAsync<DocumentPublishException>(
            () => publisher.PublishAsync(Deck("journey.pptx", Bytes(100))));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("Files.ReadWrite.All", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_for_a_workshop_outside_a_Teams_channel_is_refused_before_calling_Graph()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        await Assert.ThrowsAsync<ArgumentException>(
            () => publisher.PublishAsync(Deck("journey.pptx", Bytes(100), OutsideTeams)));

        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task PublishAsync_cancelled_stops_with_OperationCanceledException()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => publisher.PublishAsync(Deck("journey.pptx", Bytes(100)), cancelled.Token));
    }

    [Fact]
    public void Constructor_with_a_chunk_size_that_is_not_a_multiple_of_320_KiB_is_refused()
    {
        var options = new SharePointPublisherOptions { ChunkSizeBytes = 1_000_000 };

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => new SharePointPublisher(Microsoft.Extensions.Options.Options.Create(options), new LocalGraphTokenCredential()));

        Assert.Contains("327680", error.Message, StringComparison.Ordinal);
    }
}
