using System.Net;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Live;

/// <summary>Two host instances on one Azurite store and one Redis: what happens on one reaches tabs on the other.</summary>
[Collection(ScaleOutCollection.Name)]
public sealed class ScaleOutTests(RedisFixture redis, AzuriteFixture azurite) : IAsyncLifetime
{
    private LocalEntra _entra = null!;
    private TabHost _instanceA = null!;
    private TabHost _instanceB = null!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntra.StartAsync();
        People.Enrol(_entra);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:TablesConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = "tab" + Guid.NewGuid().ToString("N")[..8],
            ["Tabs:Redis"] = redis.ConnectionString,
        };
        _instanceA = new TabHost(_entra, settings);
        _instanceB = new TabHost(_entra, settings);
        _ = _instanceB.Server;
    }

    public async Task DisposeAsync()
    {
        await _instanceA.DisposeAsync();
        await _instanceB.DisposeAsync();
        await _entra.DisposeAsync();
    }

    [Fact]
    public async Task An_edit_through_instance_A_reaches_a_tab_connected_to_instance_B()
    {
        var workshop = await SeededWorkshop.CreateAsync(_instanceA.Repository);
        await using var tabOnB = await MapHubClient.ConnectAsync(_instanceB.Server, _entra.IssueToken(People.Bob));
        await tabOnB.JoinAsync(workshop.WorkshopId);

        var response = await TabClient.SignedIn(_instanceA, _entra, People.Alice).EditAsync(workshop.WorkshopId, workshop.GroupId,
            new { op = "add", stageId = workshop.FirstStageId, lane = "PainPoint", text = "Made on A", clientEditId = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (change, _) = await tabOnB.WaitForAsync("groupChanged", g => g.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("text").GetString() == "Made on A"), TimeSpan.FromSeconds(10));
        Assert.Equal(workshop.GroupId, change.GetProperty("groupId").GetString());
    }

    [Fact]
    public async Task Presence_on_instance_A_is_seen_by_a_tab_on_instance_B()
    {
        var workshop = await SeededWorkshop.CreateAsync(_instanceA.Repository);
        await using var tabOnB = await MapHubClient.ConnectAsync(_instanceB.Server, _entra.IssueToken(People.Bob));
        await tabOnB.JoinAsync(workshop.WorkshopId);
        await using var tabOnA = await MapHubClient.ConnectAsync(_instanceA.Server, _entra.IssueToken(People.Alice));

        var present = await tabOnA.JoinAsync(workshop.WorkshopId);

        Assert.Equal(["Alice Adebayo", "Bob Byrne"], present.EnumerateArray().Select(e => e.GetProperty("userName").GetString()));
        await tabOnB.WaitForAsync("presence", list => list.GetArrayLength() == 2, TimeSpan.FromSeconds(10));
    }
}
