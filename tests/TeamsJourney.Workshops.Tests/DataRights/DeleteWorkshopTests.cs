using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Tests.DataRights;

/// <summary>A facilitator deletes a workshop, confirmed by its title; everything goes but the audit trail.</summary>
public sealed class DeleteWorkshopTests : IDisposable
{
    private readonly DataRightsFixture _fixture = new();

    [Fact]
    public async Task A_deletion_without_the_title_typed_back_deletes_nothing()
    {
        await _fixture.GivenAWorkshopWithItemsAsync();

        var (outcome, _) = await _fixture.Delete.DeleteAsync("ws-1", DataRightsFixture.Priya, "Bins");

        Assert.Equal(DataRightsOutcome.NotConfirmed, outcome);
        Assert.NotNull(await new WorkshopRepository(_fixture.Store).LoadWorkshopAsync("ws-1"));
        Assert.Empty(_fixture.Observer.Deleted);
    }

    [Fact]
    public async Task A_participant_who_is_not_a_facilitator_cannot_delete_even_with_the_title()
    {
        await _fixture.GivenAWorkshopWithItemsAsync();

        var (outcome, _) = await _fixture.Delete.DeleteAsync("ws-1", DataRightsFixture.Sam, "Bins day");

        Assert.Equal(DataRightsOutcome.NotFacilitator, outcome);
        Assert.NotNull(await _fixture.Repository.LoadWorkshopAsync("ws-1"));
    }

    [Fact]
    public async Task A_confirmed_deletion_removes_the_workshop_its_groups_bindings_and_documents_and_keeps_the_audit_line()
    {
        await _fixture.GivenAWorkshopWithItemsAsync();
        await _fixture.Generate.GenerateAsync("ws-1", null, DataRightsFixture.Priya);
        Assert.NotEmpty(Directory.GetFiles(_fixture.DocumentsFolder));

        var (outcome, deletion) = await _fixture.Delete.DeleteAsync("ws-1", DataRightsFixture.Priya, "  bins DAY ");

        Assert.Equal(DataRightsOutcome.Done, outcome);
        Assert.Equal("Bins day", deletion!.Title);
        Assert.True(deletion.DocumentFiles >= 2);
        Assert.False(Directory.Exists(_fixture.DocumentsFolder));
        Assert.Null(await _fixture.Repository.LoadWorkshopAsync("ws-1"));
        Assert.Null(await _fixture.Repository.LoadGroupAsync("ws-1", "g1"));
        var fresh = new WorkshopRepository(_fixture.Store);
        Assert.Null(await fresh.FindHeaderAsync("ws-1"));
        Assert.Empty(await fresh.ReadAllEventsAsync("ws-1"));
        Assert.Equal(["ws-1"], _fixture.Observer.Deleted);
        var trail = await fresh.ReadAuditAsync("ws-1");
        Assert.Equal([AuditActions.DocumentsGenerated, AuditActions.Deleted], trail.Select(l => l.Action));
        Assert.Equal("aad-priya", trail[^1].ActorId);
    }

    public void Dispose() => _fixture.Dispose();
}
