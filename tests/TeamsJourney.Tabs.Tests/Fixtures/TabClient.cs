using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsJourney.Tabs.Auth;

namespace TeamsJourney.Tabs.Tests.Fixtures;

/// <summary>The tab's HTTP calls as one signed-in user in one team makes them.</summary>
public sealed class TabClient(HttpClient http, string? token, string? teamId)
{
    public static TabClient SignedIn<TEntryPoint>(WebApplicationFactory<TEntryPoint> host, LocalEntra entra, TabUser user, string? teamId = People.Team, SsoFlaw flaw = SsoFlaw.None)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(entra);
        return new(host.CreateClient(), entra.IssueToken(user, flaw), teamId);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<HttpResponseMessage> EditAsync(string workshopId, string groupId, object edit) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{workshopId}/groups/{groupId}/edits") { Content = JsonContent.Create(edit) });

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        var response = await GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (teamId is not null)
        {
            request.Headers.Add(TabAuthExtensions.TeamHeader, teamId);
        }

        return await http.SendAsync(request);
    }

    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
