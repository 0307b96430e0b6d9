using System.Net;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Auth;

/// <summary>
/// In anonymous local mode (Development with Host:AllowAnonymousLocalMode, no TabAuth:ClientId) the tab works
/// without sign-in, as a clearly marked local developer.
/// </summary>
public sealed class LocalDevelopmentIdentityTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteFolder _store = new();
    private LocalEntra _entra = null!;
    private TabHost _host = null!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntra.StartAsync();
        _host = new TabHost(_entra, LocalSettings(), anonymousLocalMode: true);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _entra.DisposeAsync();
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_bearer_token_is_never_ignored_in_local_mode_it_is_401()
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer garbage.token.value");

        var response = await client.GetAsync("/api/tab/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // Development (where the opt-in is allowed) with the tenant a client that sends none is recorded under, unless given.
    private Dictionary<string, string?> LocalSettings(string localTenant = TabCaller.LocalTenant) =>
        new(_store.Settings) { ["TabAuth:ClientId"] = string.Empty, ["TabAuth:LocalTenantId"] = localTenant };

    [Fact]
    public async Task Responses_are_marked_as_local_development()
    {
        var response = await _host.CreateClient().GetAsync("/api/tab/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("local-development", Assert.Single(response.Headers.GetValues("X-TeamsJourney-Identity")));
        var me = await TabClient.BodyAsync(response);
        Assert.Equal((TabCaller.LocalUserName, TabCaller.LocalTenant, true), ((string?)me["userName"], (string?)me["tenantId"], (bool?)me["isLocalDevelopment"]));
    }

    [Fact]
    public async Task The_local_developer_sees_local_workshops_but_not_a_real_tenants()
    {
        var local = await SeededWorkshop.CreateAsync(_host.Repository, TabCaller.LocalTenant, null, null);
        var real = await SeededWorkshop.CreateAsync(_host.Repository);
        var client = new TabClient(_host.CreateClient(), null, null);

        var list = await client.GetJsonAsync("/api/tab/workshops");

        Assert.Equal([local.WorkshopId], list.AsArray().Select(w => (string)w!["id"]!));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/tab/workshops/{real.WorkshopId}/map")).StatusCode);
    }

    [Fact]
    public async Task With_a_local_tenant_configured_the_local_developer_sees_that_tenants_workshops()
    {
        const string playgroundTenant = "00000000-0000-0000-0000-0000000000001";
        await using var host = new TabHost(_entra, LocalSettings(playgroundTenant), anonymousLocalMode: true);
        var fromPlayground = await SeededWorkshop.CreateAsync(host.Repository, playgroundTenant, "team-id", "channel-announcements-id");
        var client = new TabClient(host.CreateClient(), null, null);

        var me = await client.GetJsonAsync("/api/tab/me");
        var list = await client.GetJsonAsync("/api/tab/workshops");

        Assert.Equal((playgroundTenant, true), ((string?)me["tenantId"], (bool?)me["isLocalDevelopment"]));
        Assert.Equal([fromPlayground.WorkshopId], list.AsArray().Select(w => (string)w!["id"]!));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/api/tab/workshops/{fromPlayground.WorkshopId}/map")).StatusCode);
    }
}
