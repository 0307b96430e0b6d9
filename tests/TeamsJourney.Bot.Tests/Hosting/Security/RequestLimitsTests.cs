using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TeamsJourney.Bot.Tests.Hosting.Security;

/// <summary>Request size limits on every endpoint (413 problem details) and rate limits per person and per conversation (429 + Retry-After).</summary>
public sealed class RequestLimitsTests : IAsyncLifetime, IDisposable
{
    private static readonly TabUser Alice = new("a11ce000-0000-4000-8000-000000000001", "Alice Adebayo", TeamsActivities.TenantId);
    private static readonly TabUser Bob = new("b0b00000-0000-4000-8000-000000000002", "Bob Byrne", TeamsActivities.TenantId);
    private readonly SqliteFolder _store = new();
    private LocalEntra _entra = null!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntra.StartAsync();
        _entra.SetTeams(Alice.UserId, TeamsActivities.TeamId);
        _entra.SetTeams(Bob.UserId, TeamsActivities.TeamId);
    }

    public async Task DisposeAsync() => await _entra.DisposeAsync();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_tab_api_body_over_its_limit_is_413_problem_details()
    {
        await using var host = new TabHost(_entra, _store.Settings);
        using var request = SignedIn(HttpMethod.Post, "/api/tab/workshops/ws-1/groups/g-1/edits", Alice);
        request.Content = new StringContent($"{{\"text\":\"{new string('x', 70 * 1024)}\"}}", Encoding.UTF8, "application/json");

        using var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("65536 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_host_limit_is_413_on_any_endpoint()
    {
        await using var host = new TabHost(_entra, new Dictionary<string, string?>(_store.Settings) { ["Host:Limits:MaxRequestBodyBytes"] = "1024" });

        using var response = await host.CreateClient().PostAsync("/healthz", new ByteArrayContent(new byte[2048]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_activity_over_its_limit_is_413_before_it_is_read()
    {
        await using var host = new TabHost(_entra, _store.Settings);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(new byte[300 * 1024]) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "anything");

        using var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Tab_requests_over_the_per_person_rate_are_429_with_Retry_After_and_others_go_on()
    {
        await using var host = new TabHost(_entra, new Dictionary<string, string?>(_store.Settings)
        {
            ["Host:Limits:TabBurstPerUser"] = "3",
            ["Host:Limits:TabRequestsPerSecondPerUser"] = "1",
        });
        var client = host.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SendAsync(SignedIn(HttpMethod.Get, "/api/tab/me", Alice));
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        using var bob = await client.SendAsync(SignedIn(HttpMethod.Get, "/api/tab/me", Bob));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, bob.StatusCode);
    }

    private HttpRequestMessage SignedIn(HttpMethod method, string path, TabUser user)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _entra.IssueToken(user));
        request.Headers.Add("X-Teams-Team-Id", TeamsActivities.TeamId);
        return request;
    }
}
