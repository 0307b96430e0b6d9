using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Groups;

/// <summary>Undo removes the person's newest entry; an outdated answer is saved to the step it was written for.</summary>
public sealed class UndoAndKeepTextTests : IDisposable
{
    private readonly SqliteWorkshopFolder _folder = new();
    private readonly WorkshopRepository _repository;
    private readonly RunGroupCommand _commands;

    public UndoAndKeepTextTests()
    {
        _repository = new WorkshopRepository(_folder.Store);
        _commands = new RunGroupCommand(_repository, TimeProvider.System);
    }

    [Fact]
    public async Task Undo_removes_the_newest_entry_of_that_person_only_and_again_the_one_before()
    {
        var group = await AGroupAsync();
        var stage = SqliteWorkshopFolder.Script().Stages[0].Id;
        await Add(group, "aad-sam", "Sam's first", stage);
        await Add(group, "aad-sam", "Sam's second", stage);
        await Add(group, "aad-alex", "Alex's entry", stage);
        var undo = new UndoLastEntry(_repository, _commands);

        var first = await undo.UndoAsync(group, new Participant("aad-sam", "Sam"), "undo-1");
        var second = await undo.UndoAsync(group, new Participant("aad-sam", "Sam"), "undo-2");
        var third = await undo.UndoAsync(group, new Participant("aad-sam", "Sam"), "undo-3");

        Assert.Equal(("Sam's second", true), (first.RemovedText, first.Removed));
        Assert.Equal(("Sam's first", true), (second.RemovedText, second.Removed));
        Assert.False(third.Removed);
        var map = (await _repository.LoadGroupAsync("ws-1", "g1"))!.Map;
        Assert.Equal(["Alex's entry"], map.Items.Select(i => i.Text));
    }

    [Fact]
    public async Task A_redelivered_undo_removes_one_entry_not_two()
    {
        var group = await AGroupAsync();
        var stage = SqliteWorkshopFolder.Script().Stages[0].Id;
        await Add(group, "aad-sam", "Sam's first", stage);
        await Add(group, "aad-sam", "Sam's second", stage);
        var undo = new UndoLastEntry(_repository, _commands);

        await undo.UndoAsync(group, new Participant("aad-sam", "Sam"), "undo-1");
        var again = await undo.UndoAsync(group, new Participant("aad-sam", "Sam"), "undo-1");

        Assert.Equal(GroupCommandOutcome.Duplicate, again.Result!.Outcome);
        Assert.Equal(["Sam's first"], (await _repository.LoadGroupAsync("ws-1", "g1"))!.Map.Items.Select(i => i.Text));
    }

    [Fact]
    public async Task An_outdated_answer_is_saved_into_the_stage_and_lane_of_the_step_it_was_written_for()
    {
        var group = await AGroupAsync();
        var step = SqliteWorkshopFolder.Script().Steps.First(s => s.StageId is not null && s.Lane is not null);

        var saved = await new SaveOutdatedAnswer(_repository, _commands)
            .SaveAsync(group, step.Id, new Answer("Checks the neighbours' bins"), new Participant("aad-sam", "Sam"), "late-1");

        Assert.Equal(GroupCommandOutcome.Applied, saved!.Outcome);
        var item = Assert.Single(saved.Session.Map.Items);
        Assert.Equal((step.StageId, step.Lane, "aad-sam"), (item.StageId, (Lane?)item.Lane, item.AuthorId));
    }

    [Fact]
    public async Task An_outdated_persona_answer_is_not_saved_so_the_caller_offers_it_back()
    {
        var group = await AGroupAsync();
        var persona = SqliteWorkshopFolder.Script().Steps.First(s => s.PersonaField is not null);

        var saved = await new SaveOutdatedAnswer(_repository, _commands)
            .SaveAsync(group, persona.Id, new Answer("Doreen"), new Participant("aad-sam", "Sam"), "late-1");

        Assert.Null(saved);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<ConversationGroup> AGroupAsync()
    {
        var workshop = await SqliteWorkshopFolder.StartGroupAsync(_repository);
        return new ConversationGroup(workshop, "g1", new GroupConversation("19:thread@thread.tacv2;messageid=1", "https://smba.example.test/", null, null));
    }

    private async Task Add(ConversationGroup group, string userId, string text, string stageId)
    {
        var result = await _commands.RunAsync(group, new AddItem(stageId, Lane.CustomerAction, text), new Participant(userId, userId), $"add-{text}");
        Assert.Equal(GroupCommandOutcome.Applied, result.Outcome);
    }
}
