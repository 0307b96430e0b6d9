using TeamsJourney.Documents.Publishing;
using TeamsJourney.Documents.Tests.Fixtures;
using static TeamsJourney.Documents.Tests.Publishing.TestDocuments;

namespace TeamsJourney.Documents.Tests.Publishing;

/// <summary>
/// Throttling and broken transfers. Graph asks clients to wait for Retry-After on 429 and 503; an upload session
/// survives a dropped or failed fragment ("all bytes in that request are ignored") and resumes from the ranges a
/// GET on the uploadUrl reports as missing.
/// </summary>
public sealed class SharePointPublisherResilienceTests
{
    private static readonly int LargeSize = (int)SharePointPublisher.SimpleUploadLimitBytes + (2 * Fragment) + 777;

    [Fact]
    public async Task PublishAsync_throttled_with_429_waits_the_Retry_After_seconds_before_retrying()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.Fail(LocalGraphRoute.FilesFolder, 429, retryAfterSeconds: 1);
        using var publisher = SharePointPublisherFor(graph);

        await publisher.PublishAsync(Deck("journey.pptx", Bytes(1000)));

        var attempts = graph.RequestsTo(LocalGraphRoute.FilesFolder);
        Assert.Equal([429, 200], attempts.Select(a => a.StatusCode));
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(950),
            $"retried after {(attempts[1].ReceivedAt - attempts[0].ReceivedAt).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task PublishAsync_answered_503_on_the_simple_upload_retries_and_the_file_arrives_whole()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.Fail(LocalGraphRoute.UploadContent, 503, retryAfterSeconds: 1);
        using var publisher = SharePointPublisherFor(graph);
        var content = Bytes(300_000);

        await publisher.PublishAsync(Deck("journey.pptx", content));

        Assert.Equal([503, 201], graph.RequestsTo(LocalGraphRoute.UploadContent).Select(a => a.StatusCode));
        Assert.Equal(Sha256(content), Sha256(graph.Files["journey.pptx"].Content));
    }

    [Fact]
    public async Task PublishAsync_answered_503_on_a_fragment_retries_that_fragment_after_Retry_After()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.FailChunkAt(2 * Fragment, 503, retryAfterSeconds: 1);
        using var publisher = SharePointPublisherFor(graph);
        var content = Bytes(LargeSize);

        await publisher.PublishAsync(Deck("evidence.pptx", content));

        var attempts = graph.RequestsTo(LocalGraphRoute.UploadChunk).Where(c => c.RangeStart == 2 * Fragment).ToList();
        Assert.Equal([503, 202], attempts.Select(a => a.StatusCode));
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(950));
        Assert.Equal(Sha256(content), Sha256(graph.Files["evidence.pptx"].Content));
    }

    [Fact]
    public async Task PublishAsync_after_a_dropped_fragment_asks_the_session_what_is_missing_and_resumes()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.DropChunkAt(3 * Fragment);
        using var publisher = SharePointPublisherFor(graph);
        var content = Bytes(LargeSize);

        await publisher.PublishAsync(Deck("evidence.pptx", content));

        Assert.NotEmpty(graph.RequestsTo(LocalGraphRoute.UploadSessionStatus));
        Assert.Equal(Sha256(content), Sha256(graph.Files["evidence.pptx"].Content));
    }

    [Fact]
    public async Task PublishAsync_after_a_fragment_failing_with_500_repeatedly_resumes_and_arrives_whole()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.FailChunkAt(Fragment, 500, times: 2);
        using var publisher = SharePointPublisherFor(graph);
        var content = Bytes(LargeSize);

        await publisher.PublishAsync(Deck("evidence.pptx", content));

        Assert.NotEmpty(graph.RequestsTo(LocalGraphRoute.UploadSessionStatus));
        Assert.Equal(Sha256(content), Sha256(graph.Files["evidence.pptx"].Content));
    }

    [Fact]
    public async Task PublishAsync_resumes_without_sending_the_Authorization_header_to_the_upload_url()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.DropChunkAt(Fragment);
        using var publisher = SharePointPublisherFor(graph);

        await publisher.PublishAsync(Deck("evidence.pptx", Bytes(LargeSize)));

        var uploadUrlRequests = graph.Requests
            .Where(r => r.Route is LocalGraphRoute.UploadChunk or LocalGraphRoute.UploadSessionStatus)
            .ToList();
        Assert.Contains(uploadUrlRequests, r => r.Route == LocalGraphRoute.UploadSessionStatus);
        Assert.All(uploadUrlRequests, request => Assert.Null(request.Authorization));
    }

    [Fact]
    public async Task PublishAsync_when_a_fragment_keeps_failing_gives_up_with_a_clear_error_and_cancels_the_session()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.FailChunkAt(Fragment, 500, times: 100);
        using var publisher = SharePointPublisherFor(graph, configure: o => o.MaxUploadResumes = 1);

        var error = await Assert.ThrowsAsync<DocumentPublishException>(
            () => publisher.PublishAsync(Deck("evidence.pptx", Bytes(LargeSize))));

        Assert.Contains("evidence.pptx", error.Message, StringComparison.Ordinal);
        Assert.Single(graph.RequestsTo(LocalGraphRoute.CancelUploadSession));
        Assert.Equal(0, graph.OpenSessionCount);
        Assert.Empty(graph.Files);
    }
}
