using System.Net;
using System.Text.Json.Nodes;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Api;

/// <summary>
/// Generated documents are only for members of the workshop's team: the tab's links are signed for the caller and
/// expire; without a link, the same SSO access check as the tab API; random document ids; download headers; and
/// generation limited per workshop. (The download endpoint is the host's; the links come from the tab API.)
/// </summary>
public sealed class DocumentDownloadsTests : TabTestBase
{
    [Fact]
    public async Task Document_url_without_credentials_is_401()
    {
        var deck = await GenerateAsync();

        using var response = await Host.CreateClient().GetAsync(WithoutQuery(deck));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_signed_link_downloads_as_an_attachment_with_nosniff_and_no_store()
    {
        var deck = await GenerateAsync();

        using var response = await Host.CreateClient().GetAsync(deck);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Missed bins workshop - journey map.pptx", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, response.Headers.CacheControl?.ToString());
        Assert.Equal("application/vnd.openxmlformats-officedocument.presentationml.presentation", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_signed_link_moved_to_another_person_is_403()
    {
        var deck = await GenerateAsync();

        using var response = await Host.CreateClient().GetAsync(deck.Replace(Uri.EscapeDataString(People.Alice.UserId), Uri.EscapeDataString(People.Eve.UserId), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_team_member_signed_in_downloads_without_a_link()
    {
        var deck = await GenerateAsync();

        using var response = await Bob.GetAsync(WithoutQuery(deck));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(People.OtherTeam)]
    public async Task Someone_signed_in_outside_the_team_gets_403(string? teamHeader)
    {
        var deck = await GenerateAsync();
        var eve = TabClient.SignedIn(Host, Entra, People.Eve, teamId: teamHeader);

        using var response = await eve.GetAsync(WithoutQuery(deck));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Someone_signed_in_from_another_tenant_gets_403()
    {
        var deck = await GenerateAsync();

        using var response = await TabClient.SignedIn(Host, Entra, People.Mallory, teamId: null).GetAsync(WithoutQuery(deck));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Document_ids_are_random_not_derived_from_Teams_ids()
    {
        var deck = await GenerateAsync();

        var documentId = new Uri(deck).Segments[2].TrimEnd('/');
        Assert.Matches("^[0-9a-f]{32}$", documentId);
        Assert.DoesNotContain(Workshop.WorkshopId, deck, StringComparison.Ordinal);
        Assert.NotEqual(Workshop.WorkshopId.Replace("ws-", string.Empty, StringComparison.Ordinal), documentId[..24]);
    }

    [Fact]
    public async Task Generating_again_within_the_minimum_interval_is_429_with_Retry_After()
    {
        await GenerateAsync();

        using var again = await Alice.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{Workshop.WorkshopId}/documents"));

        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.InRange(int.Parse(again.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 30);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_regeneration_replaces_the_files_instead_of_adding_numbered_copies()
    {
        using var store = new SqliteFolder();
        await using var host = new TabHost(Entra, new Dictionary<string, string?>(store.Settings)
        {
            ["Documents:MinimumRegenerationSeconds"] = "0",
            ["Documents:PdfCopies"] = "false",
        });
        var workshop = await SeededWorkshop.CreateAsync(host.Repository);
        var alice = TabClient.SignedIn(host, Entra, People.Alice);

        var generations = new List<JsonArray>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await alice.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{workshop.WorkshopId}/documents"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            generations.Add((await TabClient.BodyAsync(response))["documents"]!.AsArray());
        }

        var names = generations.Select(g => g.Select(d => (string)d!["fileName"]!).ToList()).ToList();
        Assert.All(names, n => Assert.Equal(["Missed bins workshop - journey map.pptx", "Missed bins workshop - report.docx"], n));
        var publisher = (Documents.Publishing.LocalFolderPublisher)host.Services.GetService(typeof(Documents.Publishing.LocalFolderPublisher))!;
        var stored = Directory.GetFiles(publisher.GetWorkshopFolder(workshop.WorkshopId)).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order();
        Assert.Equal(["Missed bins workshop - journey map.pptx", "Missed bins workshop - report.docx"], stored);
    }

    private async Task<string> GenerateAsync()
    {
        using var response = await Alice.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{Workshop.WorkshopId}/documents"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deck = (string)(await TabClient.BodyAsync(response))["documents"]!.AsArray()[0]!["url"]!;
        Assert.Contains("signature=", deck, StringComparison.Ordinal);
        return deck;
    }

    private static string WithoutQuery(string url) => new Uri(url).GetLeftPart(UriPartial.Path);
}
