using System.IO.Compression;
using System.Net;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Api;

/// <summary>
/// GET /api/tab/workshops/{id}/documents/deck|report: the Office add-in's source of slides and report,
/// written from the current map and not published, behind the same access check as the rest of the tab API.
/// </summary>
public sealed class DocumentFilesApiTests : TabTestBase
{
    [Theory]
    [InlineData("deck", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "Missed bins workshop - journey map.pptx", "ppt/presentation.xml")]
    [InlineData("report", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Missed bins workshop - report.docx", "word/document.xml")]
    public async Task A_team_member_downloads_the_document_written_from_the_current_map(string kind, string contentType, string fileName, string mainPart)
    {
        await Workshop.AddItemAsync("Calendar says collected");

        var response = await Alice.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/documents/{kind}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var package = new ZipArchive(new MemoryStream(bytes));
        var main = package.GetEntry(mainPart);
        Assert.NotNull(main);
        var text = string.Concat(package.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("Calendar says collected", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloading_publishes_nothing()
    {
        var response = await Alice.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/documents/deck");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var folder = Host.Services.GetService(typeof(Documents.Publishing.LocalFolderPublisher)) as Documents.Publishing.LocalFolderPublisher;
        Assert.True(folder is null || !Directory.Exists(Path.Combine(folder.RootPath, Workshop.WorkshopId)));
    }

    [Fact]
    public async Task Someone_from_another_tenant_gets_403_and_no_bytes()
    {
        var mallory = TabClient.SignedIn(Host, Entra, People.Mallory);

        var response = await mallory.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/documents/deck");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_outsider_of_the_team_gets_403()
    {
        var eve = TabClient.SignedIn(Host, Entra, People.Eve, teamId: People.OtherTeam);

        var response = await eve.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/documents/report");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_it_is_401()
    {
        var response = await new TabClient(Host.CreateClient(), null, People.Team).GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/documents/deck");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("minutes")]
    [InlineData("..")]
    public async Task An_unknown_document_kind_is_404(string kind)
    {
        var response = await Alice.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/documents/{kind}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_workshop_is_404()
    {
        var response = await Alice.GetAsync("/api/tab/workshops/ws-missing/documents/deck");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
