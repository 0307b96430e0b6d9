using System.Text.Json;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Documents.Tests.Fixtures;
using static TeamsJourney.Documents.Tests.Publishing.TestDocuments;

namespace TeamsJourney.Documents.Tests.Publishing;

/// <summary>
/// Files over 4 MiB: POST .../{parent-id}:/{filename}:/createUploadSession, then PUT fragments to the uploadUrl
/// (Graph: fragments in order, each a multiple of 320 KiB, Content-Range "bytes start-end/total", 202 with
/// nextExpectedRanges until the last one answers 201 with the driveItem).
/// </summary>
public sealed class SharePointPublisherLargeUploadTests
{
    private static readonly int LargeSize = (int)SharePointPublisher.SimpleUploadLimitBytes + (3 * Fragment) + 12_345;

    [Fact]
    public async Task PublishAsync_of_a_large_file_arrives_whole_and_byte_identical()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);
        var content = Bytes(LargeSize);

        var published = await publisher.PublishAsync(Deck("evidence.pptx", content));

        Assert.Equal(Sha256(content), Sha256(graph.Files["evidence.pptx"].Content));
        Assert.Equal(LargeSize, published.SizeBytes);
    }

    [Fact]
    public async Task PublishAsync_of_a_large_file_uses_an_upload_session_instead_of_a_simple_put()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        await publisher.PublishAsync(Deck("evidence.pptx", Bytes(LargeSize)));

        Assert.Empty(graph.RequestsTo(LocalGraphRoute.UploadContent));
        Assert.Equal(
            $"/v1.0/drives/{LocalGraphServer.DriveId}/items/{LocalGraphServer.FolderId}:/evidence.pptx:/createUploadSession",
            Assert.Single(graph.RequestsTo(LocalGraphRoute.CreateUploadSession)).PathAndQuery);
    }

    [Fact]
    public async Task PublishAsync_asks_for_replace_in_the_upload_session_item_as_Graph_documents()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        await publisher.PublishAsync(Deck("evidence.pptx", Bytes(LargeSize)));

        using var body = JsonDocument.Parse(graph.RequestsTo(LocalGraphRoute.CreateUploadSession).Single().Body!);
        var item = body.RootElement.GetProperty("item");
        Assert.Equal("replace", item.GetProperty("@microsoft.graph.conflictBehavior").GetString());
        Assert.Equal("evidence.pptx", item.GetProperty("name").GetString());
    }

    [Fact]
    public async Task PublishAsync_on_a_taken_name_replaces_the_file_through_the_session()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.SeedFile("evidence.pptx", Bytes(10, seed: 1));
        using var publisher = SharePointPublisherFor(graph);

        var published = await publisher.PublishAsync(Deck("evidence.pptx", Bytes(LargeSize)));

        Assert.Equal("evidence.pptx", published.FileName);
        Assert.Equal(["evidence.pptx"], graph.Files.Keys);
        Assert.Equal(LargeSize, graph.Files["evidence.pptx"].Content.Length);
    }

    [Fact]
    public async Task PublishAsync_sends_contiguous_Content_Ranges_in_multiples_of_320_KiB_with_a_constant_total()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph, configure: o => o.ChunkSizeBytes = 2 * Fragment);

        await publisher.PublishAsync(Deck("evidence.pptx", Bytes(LargeSize)));

        var chunks = graph.RequestsTo(LocalGraphRoute.UploadChunk);
        Assert.All(chunks, chunk => Assert.Equal(LargeSize, chunk.RangeTotal));
        Assert.All(chunks, chunk => Assert.Equal(chunk.RangeEnd - chunk.RangeStart + 1, chunk.ContentLength));
        Assert.All(chunks.SkipLast(1), chunk => Assert.Equal(2 * Fragment, chunk.ContentLength));
        Assert.Equal(
            chunks.Select(chunk => chunk.RangeStart),
            chunks.Select((_, index) => (long)index * 2 * Fragment));
        Assert.Equal(LargeSize - 1, chunks[^1].RangeEnd);
    }

    [Fact]
    public async Task PublishAsync_never_sends_the_Authorization_header_to_the_upload_url()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        await publisher.PublishAsync(Deck("evidence.pptx", Bytes(LargeSize)));

        var uploadUrlRequests = graph.Requests.Where(r => r.Route == LocalGraphRoute.UploadChunk).ToList();
        Assert.NotEmpty(uploadUrlRequests);
        Assert.All(uploadUrlRequests, request => Assert.Null(request.Authorization));
        Assert.Equal(LocalGraphServer.BearerToken, graph.RequestsTo(LocalGraphRoute.CreateUploadSession).Single().Authorization);
    }

    [Fact]
    public async Task PublishAsync_completes_the_session_so_none_stays_open()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        await publisher.PublishAsync(Deck("evidence.pptx", Bytes(LargeSize)));

        Assert.Equal(0, graph.OpenSessionCount);
    }
}
