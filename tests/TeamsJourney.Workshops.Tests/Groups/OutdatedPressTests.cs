using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Groups;

/// <summary>
/// A press is decided against the step on the card it came from, on the state the write is stored on, never
/// an older read: when the group moves on between the read and the write, the press is outdated and stores
/// nothing (before, the retry re-decided on the new step and filed the answer there).
/// </summary>
public sealed class OutdatedPressTests : IDisposable
{
    private const string Sam = "aad-sam";
    private readonly SqliteWorkshopFolder _folder = new();
    private readonly InterferingStore _store;
    private readonly WorkshopRepository _repository;

    public OutdatedPressTests()
    {
        _store = new InterferingStore(_folder.Store);
        _repository = new WorkshopRepository(_store);
    }

    [Fact]
    public async Task A_press_whose_step_passed_while_it_was_stored_is_outdated_and_stores_nothing()
    {
        var workshop = await SqliteWorkshopFolder.StartGroupAsync(_repository);
        var cardStep = (await _repository.LoadGroupAsync("ws-1", "g1"))!.PromptFor(Sam).StepId;
        var eventsAfterTheMove = 0;
        InterfereWith(async () =>
        {
            // Someone else presses Skip between this press's read and its write.
            var other = new WorkshopRepository(_folder.Store);
            var skipped = await other.ExecuteAsync("ws-1", "g1", null, new Skip(), SqliteWorkshopFolder.Context("aad-alex", "Alex"), null);
            Assert.Equal(GroupCommandOutcome.Applied, skipped.Outcome);
            eventsAfterTheMove = (await other.LoadGroupAsync("ws-1", "g1"))!.EventCount;
        });

        var result = await Commands().RunAsync(workshop, "g1", new Answer("Margaret, 72"), new Participant(Sam, "Sam"), "delivery-1", StillOn(cardStep));

        Assert.Equal(GroupCommandOutcome.Outdated, result.Outcome);
        var stored = (await new WorkshopRepository(_folder.Store).LoadGroupAsync("ws-1", "g1"))!;
        Assert.Equal(eventsAfterTheMove, stored.EventCount);
        Assert.NotEqual(cardStep, stored.PromptFor(Sam).StepId);
        Assert.DoesNotContain(stored.Map.Items, i => i.Text.Contains("Margaret", StringComparison.Ordinal));
        Assert.NotEqual("Margaret, 72", stored.Map.Persona.Name);
    }

    [Fact]
    public async Task A_press_that_loses_a_race_to_an_unrelated_change_is_decided_again_and_lands_on_its_step()
    {
        var workshop = await SqliteWorkshopFolder.StartGroupAsync(_repository);
        var before = (await _repository.LoadGroupAsync("ws-1", "g1"))!;
        var cardStep = before.PromptFor(Sam).StepId;
        InterfereWith(() => new WorkshopRepository(_folder.Store).ExecuteAsync(
            "ws-1", "g1", null, new AddItem(SqliteWorkshopFolder.Script().Stages[0].Id, Lane.PainPoint, "Added from the tab"), SqliteWorkshopFolder.Context("aad-alex", "Alex"), null));

        var result = await Commands().RunAsync(workshop, "g1", new Answer("Margaret, 72"), new Participant(Sam, "Sam"), "delivery-1", StillOn(cardStep));

        Assert.Equal(GroupCommandOutcome.Applied, result.Outcome);
        Assert.Equal(2, _store.Appends);
        var stored = (await new WorkshopRepository(_folder.Store).LoadGroupAsync("ws-1", "g1"))!;
        Assert.Contains(stored.Map.Items, i => i.Text == "Added from the tab");
        Assert.True(stored.EventCount > before.EventCount + 1);
    }

    public void Dispose() => _folder.Dispose();

    private RunGroupCommand Commands() => new(_repository, TimeProvider.System);

    private void InterfereWith(Func<Task> interference)
    {
        _store.ResetCount();
        _store.InterfereOnStream = "group-g1";
        _store.Interference = interference;
    }

    private static Func<Domain.Facilitation.GroupSession, string?> StillOn(string cardStep) =>
        session => session.PromptFor(Sam).StepId == cardStep ? null : "The group has moved on.";
}
