using System.Net;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Api;

public sealed class DocumentsApiTests : TabTestBase
{
    [Fact]
    public async Task Generating_from_the_tab_answers_with_links_to_a_deck_and_a_report_that_download()
    {
        await Workshop.AddItemAsync("Calendar says collected");

        var response = await Alice.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{Workshop.WorkshopId}/documents?requestId=r1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await TabClient.BodyAsync(response);
        var documents = body["documents"]!.AsArray();
        // PDF copies follow when LibreOffice is installed on the machine; the Office files always lead.
        Assert.Equal([".pptx", ".docx"], documents.Select(d => Path.GetExtension((string)d!["fileName"]!)).Take(2));
        Assert.All(documents.Skip(2), d => Assert.Equal(".pdf", Path.GetExtension((string)d!["fileName"]!)));
        foreach (var document in documents)
        {
            Assert.True(Uri.TryCreate((string)document!["url"]!, UriKind.Absolute, out var url) && url.Scheme is "http" or "https", $"not absolute: {document["url"]}");
            var download = await Alice.GetAsync((string)document!["url"]!);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal((long)document["sizeBytes"]!, (await download.Content.ReadAsByteArrayAsync()).LongLength);
        }
    }

    [Fact]
    public async Task Someone_from_another_tenant_cannot_generate_the_documents()
    {
        var mallory = TabClient.SignedIn(Host, Entra, People.Mallory);

        var response = await mallory.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{Workshop.WorkshopId}/documents"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
