using System.Net;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Auth;

/// <summary>Only members of the workshop's team in its tenant see it; bad tokens never reach data.</summary>
public sealed class AuthorizationTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteFolder _store = new();
    private LocalEntra _entra = null!;
    private TabHost _host = null!;
    private SeededWorkshop _workshop = null!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntra.StartAsync();
        People.Enrol(_entra);
        _host = new TabHost(_entra, _store.Settings);
        _workshop = await SeededWorkshop.CreateAsync(_host.Repository);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _entra.DisposeAsync();
    }

    public void Dispose() => _store.Dispose();

    private string MapPath => $"/api/tab/workshops/{_workshop.WorkshopId}/map";

    [Fact]
    public async Task A_team_member_gets_the_map()
    {
        var response = await TabClient.SignedIn(_host, _entra, People.Alice).GetAsync(MapPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-TeamsJourney-Identity"));
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401()
    {
        var response = await new TabClient(_host.CreateClient(), null, People.Team).GetAsync(MapPath);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(SsoFlaw.UnknownKey)]
    [InlineData(SsoFlaw.Expired)]
    [InlineData(SsoFlaw.WrongAudience)]
    [InlineData(SsoFlaw.IssuerOfAnotherTenant)]
    public async Task An_invalid_token_gets_401_without_data(SsoFlaw flaw)
    {
        var response = await TabClient.SignedIn(_host, _entra, People.Alice, flaw: flaw).GetAsync(MapPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Missed bins", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_garbage_bearer_value_gets_401()
    {
        var response = await new TabClient(_host.CreateClient(), "not-a-jwt", People.Team).GetAsync(MapPath);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_from_another_tenant_gets_403_and_no_data()
    {
        var response = await TabClient.SignedIn(_host, _entra, People.Mallory).GetAsync(MapPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Missed bins", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_tenant_lists_no_workshops_of_this_tenant()
    {
        var list = await TabClient.SignedIn(_host, _entra, People.Mallory).GetJsonAsync("/api/tab/workshops");
        Assert.Empty(list.AsArray());
    }

    [Fact]
    public async Task A_member_of_another_team_asking_with_their_own_team_gets_403()
    {
        var response = await TabClient.SignedIn(_host, _entra, People.Eve, teamId: People.OtherTeam).GetAsync(MapPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Missed bins", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_claiming_a_team_they_are_not_in_gets_403()
    {
        var response = await TabClient.SignedIn(_host, _entra, People.Eve, teamId: People.Team).GetAsync("/api/tab/workshops");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_outsider_cannot_edit_the_map()
    {
        var response = await TabClient.SignedIn(_host, _entra, People.Eve, teamId: People.Team).EditAsync(
            _workshop.WorkshopId, _workshop.GroupId, new { op = "add", stageId = _workshop.FirstStageId, lane = "Thought", text = "Sneaky", clientEditId = "e1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await _workshop.Repository.LoadGroupAsync(_workshop.WorkshopId, _workshop.GroupId))!.Map.Items);
    }

    [Fact]
    public async Task A_request_without_the_team_header_gets_400()
    {
        var response = await TabClient.SignedIn(_host, _entra, People.Alice, teamId: null).GetAsync(MapPath);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Membership_is_read_from_graph_once_for_many_requests()
    {
        var alice = TabClient.SignedIn(_host, _entra, People.Alice);
        var before = _entra.GraphCalls;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync(MapPath)).StatusCode);
        }

        Assert.Equal(before + 1, _entra.GraphCalls);
    }
}
