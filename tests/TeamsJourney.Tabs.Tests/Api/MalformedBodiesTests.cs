using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsJourney.Tabs.Tests.Api;

/// <summary>
/// A body that is not the JSON an endpoint takes is a 400 with problem details, in Development too (where ASP.NET Core
/// throws it for the developer page instead of answering it), never a 500.
/// </summary>
public sealed class MalformedBodiesTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-malformed-").FullName;
    private LiveTabHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new LiveTabHost(Path.Combine(_folder, "workshops.db"), Path.Combine(_folder, "documents"));
        _host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("/api/tab/workshops/ws-1/groups/group-1/edits", "{\"itemId\":")]
    [InlineData("/api/tab/workshops/ws-1/facilitation/extend", "{\"minutes\": \"ten\"}")]
    [InlineData("/api/tab/workshops/ws-1/plenary/dots", "[1, 2]")]
    public async Task A_body_that_is_not_the_expected_json_is_a_400_with_problem_details(string path, string body)
    {
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };

        using var response = await http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Request not understood", (string?)JsonNode.Parse(text)!["title"]);
    }
}
