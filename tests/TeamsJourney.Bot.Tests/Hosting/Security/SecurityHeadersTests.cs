using System.Net;
using System.Net.Http.Headers;
using TeamsJourney.Testing.Paths;

namespace TeamsJourney.Bot.Tests.Hosting.Security;

/// <summary>Security headers on every response: pages, the API, documents, errors and static files alike.</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteFolder _store = new();
    private LocalEntra _entra = null!;
    private TabHost _host = null!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntra.StartAsync();
        _host = new TabHost(_entra, new Dictionary<string, string?>(_store.Settings) { ["Tabs:WebRoot"] = RepositoryPaths.TabsWebDist });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _entra.DisposeAsync();
    }

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/tab/", HttpStatusCode.OK)]
    [InlineData("/tab/styles.css", HttpStatusCode.OK)]
    [InlineData("/tab/addin/taskpane.html", HttpStatusCode.OK)]
    [InlineData("/api/tab/me", HttpStatusCode.Unauthorized)]
    [InlineData("/api/tab/workshops", HttpStatusCode.Unauthorized)]
    [InlineData("/documents/0123456789abcdef0123456789abcdef/report.docx", HttpStatusCode.Unauthorized)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/tab/no-such-file.js", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task Every_response_carries_security_headers(string path, HttpStatusCode expected)
    {
        using var response = await _host.CreateClient().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
        Assert.NotNull(Header(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task An_error_response_carries_them_too()
    {
        using var response = await _host.CreateClient().PostAsync("/api/messages", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.StartsWith("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tab/")]
    [InlineData("/tab/config.html")]
    [InlineData("/tab/addin/taskpane.html")]
    public async Task Pages_may_be_framed_only_by_Teams_and_the_Microsoft_365_and_Office_hosts(string page)
    {
        using var response = await _host.CreateClient().GetAsync(page);

        var policy = Header(response, "Content-Security-Policy")!;
        var frameAncestors = policy.Split("; ").Single(d => d.StartsWith("frame-ancestors ", StringComparison.Ordinal)).Split(' ').Skip(1).ToList();
        Assert.Equal(
            ["'self'", "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://teams.live.com", "https://*.cloud.microsoft", "https://*.microsoft365.com",
             "https://*.office.com", "https://outlook.office.com", "https://outlook.office365.com", "https://outlook-sdf.office.com", "https://outlook-sdf.office365.com",
             "https://outlook.live.com", "https://*.officeapps.live.com", "https://*.sharepoint.com"],
            frameAncestors);
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com https://res.cdn.office.net", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://localhost", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_responses_load_nothing_and_may_not_be_framed()
    {
        using var response = await _host.CreateClient().GetAsync("/api/tab/me");

        Assert.Equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Development_sends_no_HSTS_so_a_local_http_run_is_not_pinned_to_https()
    {
        await using var development = new TabHost(_entra, _store.Settings, anonymousLocalMode: true);

        using var response = await development.CreateClient().GetAsync("/");

        Assert.Null(Header(response, "Strict-Transport-Security"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task Kestrel_sends_no_Server_header()
    {
        var folder = Directory.CreateTempSubdirectory("teamsjourney-headers-").FullName;
        try
        {
            await using var host = new LiveTabHost(Path.Combine(folder, "workshops.db"), Path.Combine(folder, "documents"));
            host.Start();
            using var http = new HttpClient { BaseAddress = host.BaseAddress };

            using var response = await http.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Select(h => h.Key)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
