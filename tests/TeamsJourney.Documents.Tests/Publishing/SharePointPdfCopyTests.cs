using TeamsJourney.Documents.Tests.Fixtures;
using static TeamsJourney.Documents.Tests.Publishing.TestDocuments;

namespace TeamsJourney.Documents.Tests.Publishing;

/// <summary>PDF copies through Graph: GET /drives/{id}/items/{id}/content?format=pdf of the uploaded file, stored beside it.</summary>
public sealed class SharePointPdfCopyTests
{
    [Fact]
    public async Task PublishAsync_stores_Graphs_PDF_conversion_of_the_uploaded_deck_beside_it()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph, configure: o => o.PdfCopies = true);

        var published = await publisher.PublishAsync(Deck("journey.pptx", Generate.Deck(Reports.Small())));

        var deck = graph.Files["journey.pptx"];
        Assert.NotNull(published.PdfCopy);
        Assert.Equal("journey.pdf", published.PdfCopy.FileName);
        Assert.Equal(LocalGraphServer.ConvertedPdf(deck), graph.Files["journey.pdf"].Content);
        Assert.EndsWith("/journey.pdf", published.PdfCopy.Url, StringComparison.Ordinal);
        Assert.Equal(
            $"/v1.0/drives/{LocalGraphServer.DriveId}/items/{deck.Id}/content?format=pdf",
            graph.RequestsTo(LocalGraphRoute.ConvertContent).Single().PathAndQuery);
    }

    [Fact]
    public async Task PublishAsync_follows_the_conversion_redirect_without_sending_the_token_to_the_download_host()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph, configure: o => o.PdfCopies = true);

        await publisher.PublishAsync(Deck("journey.pptx", Generate.Deck(Reports.Small())));

        Assert.Equal(LocalGraphServer.BearerToken, graph.RequestsTo(LocalGraphRoute.ConvertContent).Single().Authorization);
        var download = graph.RequestsTo(LocalGraphRoute.DownloadConverted).Single();
        Assert.Null(download.Authorization);
        Assert.Equal(200, download.StatusCode);
    }

    [Fact]
    public async Task A_refused_conversion_leaves_the_document_published_without_a_copy()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph, configure: o => o.PdfCopies = true);

        var published = await publisher.PublishAsync(Deck("journey.pptx", Bytes(5000)));

        Assert.Null(published.PdfCopy);
        Assert.Equal(406, graph.RequestsTo(LocalGraphRoute.ConvertContent).Single().StatusCode);
        Assert.Equal(["journey.pptx"], graph.Files.Keys);
    }

    [Fact]
    public async Task Copies_turned_off_make_no_conversion_request()
    {
        await using var graph = await LocalGraphServer.StartAsync();
        using var publisher = SharePointPublisherFor(graph);

        var published = await publisher.PublishAsync(Deck("journey.pptx", Generate.Deck(Reports.Small())));

        Assert.Null(published.PdfCopy);
        Assert.Empty(graph.RequestsTo(LocalGraphRoute.ConvertContent));
    }
}
