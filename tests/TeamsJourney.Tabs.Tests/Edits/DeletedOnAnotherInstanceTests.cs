using System.Net;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Edits;

/// <summary>
/// Two tab instances share the store; one deletes the workshop while the other still has it cached. The other's next
/// edit is a 404 problem details (never a 500), and it forgets the workshop.
/// </summary>
public sealed class DeletedOnAnotherInstanceTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteFolder _store = new();
    private LocalEntra _entra = null!;
    private TabHost _deleting = null!;
    private TabHost _cached = null!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntra.StartAsync();
        People.Enrol(_entra);
        _deleting = new TabHost(_entra, _store.Settings);
        _cached = new TabHost(_entra, _store.Settings);
    }

    [Fact]
    public async Task An_edit_on_the_instance_that_cached_a_workshop_deleted_on_another_is_404_problem_details()
    {
        var workshop = await SeededWorkshop.CreateAsync(_deleting.Repository);
        await _deleting.Repository.UpdateWorkshopAsync(workshop.WorkshopId, w => w.AddFacilitator(People.Alice.UserId), DateTimeOffset.UtcNow);
        var alice = TabClient.SignedIn(_cached, _entra, People.Alice);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/api/tab/workshops/{workshop.WorkshopId}/map")).StatusCode);
        Assert.True((await alice.EditAsync(workshop.WorkshopId, workshop.GroupId, AnAdd(workshop))).IsSuccessStatusCode);
        Assert.True(await _deleting.Repository.DeleteWorkshopAsync(workshop.WorkshopId));

        var edit = await alice.EditAsync(workshop.WorkshopId, workshop.GroupId, AnAdd(workshop));

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal("application/problem+json", edit.Content.Headers.ContentType?.MediaType);
        Assert.Null(await _cached.Repository.LoadWorkshopAsync(workshop.WorkshopId));
    }

    public async Task DisposeAsync()
    {
        await _cached.DisposeAsync();
        await _deleting.DisposeAsync();
        await _entra.DisposeAsync();
    }

    public void Dispose() => _store.Dispose();

    private static object AnAdd(SeededWorkshop workshop) =>
        new { op = "add", stageId = workshop.FirstStageId, lane = "PainPoint", text = "Bin left on the pavement", clientEditId = Guid.NewGuid().ToString("N") };
}
