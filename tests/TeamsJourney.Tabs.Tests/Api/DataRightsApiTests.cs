using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Api;

/// <summary>A facilitator's data rights in the tab API (issue 14): export, confirmed deletion, audit trail.</summary>
public sealed class DataRightsApiTests : TabTestBase
{
    [Fact]
    public async Task A_facilitator_exports_a_zip_with_every_item_and_the_export_shows_in_the_audit_trail()
    {
        await MakeAliceFacilitatorAsync();
        await Workshop.AddItemAsync("Calendar says collected");

        var response = await Alice.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var json = new StreamReader(zip.GetEntry("workshop.json")!.Open());
        var exported = JsonNode.Parse(await json.ReadToEndAsync())!;
        Assert.Equal("Calendar says collected", (string)exported["groups"]![0]!["items"]![0]!["text"]!);
        Assert.Equal("Group A", (string)exported["groups"]![0]!["items"]![0]!["group"]!);
        var audit = (await Alice.GetJsonAsync($"/api/tab/workshops/{Workshop.WorkshopId}/audit")).AsArray();
        Assert.Equal("exported", (string)audit.Single()!["action"]!);
        Assert.Equal(People.Alice.UserId, (string)audit.Single()!["actorId"]!);
    }

    [Fact]
    public async Task A_team_member_who_is_not_a_facilitator_cannot_export_delete_or_read_the_audit_trail()
    {
        await MakeAliceFacilitatorAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await Bob.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DeleteAsync(Bob, "Missed bins workshop")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Bob.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/audit")).StatusCode);
        Assert.NotNull(await Workshop.Repository.LoadWorkshopAsync(Workshop.WorkshopId));
    }

    [Fact]
    public async Task A_deletion_needs_the_title_typed_back_and_then_removes_the_workshop()
    {
        await MakeAliceFacilitatorAsync();

        var unconfirmed = await DeleteAsync(Alice, null);
        var mistyped = await DeleteAsync(Alice, "Missed bins");
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode);
        Assert.Contains("confirmTitle", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await Workshop.Repository.LoadWorkshopAsync(Workshop.WorkshopId));

        var deleted = await DeleteAsync(Alice, "missed BINS workshop");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal("Missed bins workshop", (string)(await TabClient.BodyAsync(deleted))["title"]!);
        Assert.Null(await Workshop.Repository.LoadWorkshopAsync(Workshop.WorkshopId));
        Assert.Equal(HttpStatusCode.NotFound, (await Alice.GetAsync($"/api/tab/workshops/{Workshop.WorkshopId}/map")).StatusCode);
    }

    private Task<HttpResponseMessage> DeleteAsync(TabClient who, string? confirmTitle) =>
        who.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{Workshop.WorkshopId}/deletion")
        {
            Content = JsonContent.Create(new JsonObject { ["confirmTitle"] = confirmTitle }),
        });

    private Task MakeAliceFacilitatorAsync() =>
        Workshop.Repository.UpdateWorkshopAsync(Workshop.WorkshopId, w => w.AddFacilitator(People.Alice.UserId), DateTimeOffset.UtcNow);
}
