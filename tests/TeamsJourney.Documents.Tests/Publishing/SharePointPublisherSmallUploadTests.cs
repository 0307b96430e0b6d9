using TeamsJourney.Documents.Tests.Fixtures;
using static TeamsJourney.Documents.Tests.Publishing.TestDocuments;

namespace TeamsJourney.Documents.Tests.Publishing;

/// <summary>Files up to 4 MiB: one PUT /drives/{drive-id}/items/{parent-id}:/{filename}:/content into the channel's files folder.</summary>
public sealed class SharePointPublisherSmallUploadTests
{
    [Fact]
    public async Task PublishAsync_stores_the_file_byte_identical_in_the_channel_files_folder()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);
        var content = Bytes(200_000);

        await publisher.PublishAsync(Deck("journey.pptx", content));

        Assert.Equal(Sha256(content), Sha256(graph.Files["journey.pptx"].Content));
    }

    [Fact]
    public async Task PublishAsync_resolves_the_drive_from_the_channel_filesFolder_before_uploading()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        await publisher.PublishAsync(Deck("journey.pptx", Bytes(1000)));

        Assert.Equal(
            [LocalGraphRoute.FilesFolder, LocalGraphRoute.UploadContent],
            graph.Requests.Select(r => r.Route));
        Assert.Equal(
            $"/v1.0/drives/{LocalGraphServer.DriveId}/items/{LocalGraphServer.FolderId}:/journey.pptx:/content",
            graph.RequestsTo(LocalGraphRoute.UploadContent).Single().PathAndQuery.Split('?')[0]);
    }

    [Fact]
    public async Task PublishAsync_asks_Graph_to_replace_on_conflict_with_the_documented_query_parameter()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        await publisher.PublishAsync(Deck("journey.pptx", Bytes(1000)));

        Assert.EndsWith("?@microsoft.graph.conflictBehavior=replace", graph.RequestsTo(LocalGraphRoute.UploadContent).Single().PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_on_a_taken_name_replaces_the_file_as_its_next_version()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        graph.SeedFile("journey.pptx", Bytes(10, seed: 1));
        var seededId = graph.Files["journey.pptx"].Id;
        using var publisher = SharePointPublisherFor(graph);
        var content = Bytes(1000);

        var published = await publisher.PublishAsync(Deck("journey.pptx", content));

        Assert.Equal("journey.pptx", published.FileName);
        Assert.Equal(["journey.pptx"], graph.Files.Keys);
        Assert.Equal(Sha256(content), Sha256(graph.Files["journey.pptx"].Content));
        Assert.Equal((seededId, $"\"{{{seededId}}},2\""), (published.ItemId, published.ETag));
    }

    [Fact]
    public async Task PublishAsync_returns_the_web_url_size_etag_and_id_Graph_reported()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        var published = await publisher.PublishAsync(Deck("journey map.pptx", Bytes(1234)));

        var stored = graph.Files["journey map.pptx"];
        Assert.Equal($"{graph.Origin}/sites/workshop/Shared%20Documents/General/journey%20map.pptx", published.Url);
        Assert.Equal(1234, published.SizeBytes);
        Assert.Equal(stored.ETag, published.ETag);
        Assert.Equal(stored.Id, published.ItemId);
    }

    [Fact]
    public async Task PublishAsync_sends_the_bearer_token_to_every_Graph_endpoint()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        await publisher.PublishAsync(Deck("journey.pptx", Bytes(1000)));

        Assert.All(graph.Requests, request => Assert.Equal(LocalGraphServer.BearerToken, request.Authorization));
    }

    [Fact]
    public async Task PublishAsync_asks_for_a_token_scoped_to_the_configured_Graph_root()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        var credential = new LocalGraphTokenCredential();
        using var publisher = SharePointPublisherFor(graph, credential);

        await publisher.PublishAsync(Deck("journey.pptx", Bytes(1000)));

        Assert.Equal($"{graph.Origin}/.default", Assert.Single(credential.RequestedScopes.Distinct()));
    }

    [Fact]
    public async Task PublishAsync_stores_an_unsafe_name_under_its_cleaned_form()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        var published = await publisher.PublishAsync(Deck("../plan: v2?.docx", Bytes(100)));

        Assert.Equal("_plan_ v2_.docx", published.FileName);
        Assert.True(graph.Files.ContainsKey("_plan_ v2_.docx"));
    }

    [Fact]
    public async Task PublishAsync_reads_a_non_seekable_stream_completely()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);
        var content = Bytes(100_000);
        var document = new TeamsJourney.Documents.Publishing.DocumentToPublish(
            "journey.pptx", PptxContentType, () => new ForwardOnlyStream(content), InTheWorkshopChannel);

        await publisher.PublishAsync(document);

        Assert.Equal(Sha256(content), Sha256(graph.Files["journey.pptx"].Content));
    }

    [Fact]
    public async Task PublishAsync_of_an_empty_document_stores_an_empty_file()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        var published = await publisher.PublishAsync(Deck("empty.docx", []));

        Assert.Equal(0, published.SizeBytes);
        Assert.Empty(graph.Files["empty.docx"].Content);
    }
}
