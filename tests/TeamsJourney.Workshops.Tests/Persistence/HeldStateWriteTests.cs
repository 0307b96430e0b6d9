using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Persistence;

/// <summary>
/// A group write decides on the state this instance holds and lets the append's version check catch another
/// instance's write (issue 16: less work per turn, no read before the write); an outcome that stores nothing is
/// confirmed on the stored state first. Routing reads may use what this instance read or wrote a moment ago.
/// </summary>
public sealed class HeldStateWriteTests : IDisposable
{
    private const string Sam = "aad-sam";
    private readonly SqliteWorkshopFolder _folder = new();
    private readonly InterferingStore _counted;
    private readonly WorkshopRepository _instanceA;
    private readonly WorkshopRepository _instanceB;

    public HeldStateWriteTests()
    {
        _counted = new InterferingStore(_folder.Store);
        _instanceA = new WorkshopRepository(_counted);
        _instanceB = new WorkshopRepository(_folder.Store);
    }

    [Fact]
    public async Task A_write_on_a_held_group_reads_nothing_from_the_store_and_stores_once()
    {
        await StartGroupAsync();
        await _instanceA.LoadGroupAsync("ws-1", "g1");
        _counted.ResetCount();

        var added = await _instanceA.ExecuteAsync("ws-1", "g1", null, new AddItem(FirstStage(), Lane.PainPoint, "No read first"), Context(), "delivery-1");

        Assert.Equal(GroupCommandOutcome.Applied, added.Outcome);
        Assert.Equal((1, 0, 0), (_counted.Appends, _counted.StreamReads, _counted.IdempotencyChecks));

        // What it wrote is what it holds: the next read folds nothing new and equals a full replay.
        var held = await _instanceA.LoadGroupAsync("ws-1", "g1");
        var replayed = await new WorkshopRepository(_folder.Store).LoadGroupAsync("ws-1", "g1");
        Assert.Equal(replayed!.Map.Items.Select(i => (i.Id, i.Text)), held!.Map.Items.Select(i => (i.Id, i.Text)));
    }

    [Fact]
    public async Task A_press_decided_on_a_held_step_another_instance_moved_past_is_outdated_and_stores_nothing()
    {
        await StartGroupAsync();
        var cardStep = (await _instanceA.LoadGroupAsync("ws-1", "g1"))!.PromptFor(Sam).StepId;
        Assert.Equal(GroupCommandOutcome.Applied, (await _instanceB.ExecuteAsync("ws-1", "g1", null, new Skip(), Context(), null)).Outcome);
        var afterTheMove = (await _instanceB.LoadGroupAsync("ws-1", "g1"))!.EventCount;

        var pressed = await _instanceA.ExecuteAsync("ws-1", "g1", null, new Answer("Margaret, 72"), Context(), "delivery-2", StillOn(cardStep));

        Assert.Equal(GroupCommandOutcome.Outdated, pressed.Outcome);
        var stored = (await new WorkshopRepository(_folder.Store).LoadGroupAsync("ws-1", "g1"))!;
        Assert.Equal(afterTheMove, stored.EventCount);
        Assert.NotEqual("Margaret, 72", stored.Map.Persona.Name);
    }

    [Fact]
    public async Task A_press_on_a_card_another_instance_showed_is_not_refused_because_this_instance_held_an_older_step()
    {
        await StartGroupAsync();
        await _instanceA.LoadGroupAsync("ws-1", "g1");
        await _instanceB.ExecuteAsync("ws-1", "g1", null, new Skip(), Context(), null);
        var cardFromB = (await _instanceB.LoadGroupAsync("ws-1", "g1"))!.PromptFor(Sam).StepId;

        // A still holds the step before the skip, where the card's step looks outdated: that refusal is checked
        // on the stored state, which shows the card current, so the press is decided again and stored.
        var pressed = await _instanceA.ExecuteAsync("ws-1", "g1", null, new Skip(), Context(), "delivery-3", StillOn(cardFromB));

        Assert.Equal(GroupCommandOutcome.Applied, pressed.Outcome);
        Assert.NotEqual(cardFromB, (await new WorkshopRepository(_folder.Store).LoadGroupAsync("ws-1", "g1"))!.PromptFor(Sam).StepId);
    }

    [Fact]
    public async Task An_unrelated_write_by_another_instance_makes_the_held_write_try_again_and_both_are_kept()
    {
        await StartGroupAsync();
        await _instanceA.LoadGroupAsync("ws-1", "g1");
        await _instanceB.ExecuteAsync("ws-1", "g1", null, new AddItem(FirstStage(), Lane.Thought, "Written on B"), Context(), null);
        _counted.ResetCount();

        var added = await _instanceA.ExecuteAsync("ws-1", "g1", null, new AddItem(FirstStage(), Lane.PainPoint, "Written on A"), Context(), "delivery-4");

        Assert.Equal(GroupCommandOutcome.Applied, added.Outcome);
        Assert.Equal(2, _counted.Appends);
        var texts = (await new WorkshopRepository(_folder.Store).LoadGroupAsync("ws-1", "g1"))!.Map.Items.Select(i => i.Text).ToList();
        Assert.Contains("Written on A", texts);
        Assert.Contains("Written on B", texts);
    }

    [Fact]
    public async Task A_redelivered_press_is_a_duplicate_whether_or_not_its_decision_would_store_again()
    {
        await StartGroupAsync();
        var cardStep = (await _instanceA.LoadGroupAsync("ws-1", "g1"))!.PromptFor(Sam).StepId;
        Assert.Equal(GroupCommandOutcome.Applied, (await _instanceA.ExecuteAsync("ws-1", "g1", null, new AddItem(FirstStage(), Lane.PainPoint, "Once"), Context(), "delivery-5")).Outcome);
        Assert.Equal(GroupCommandOutcome.Applied, (await _instanceA.ExecuteAsync("ws-1", "g1", null, new Skip(), Context(), "delivery-6", StillOn(cardStep))).Outcome);
        var events = (await _instanceA.LoadGroupAsync("ws-1", "g1"))!.EventCount;

        // The first would store its item again (the store's key refuses it); the second is now outdated (checked by key).
        var again = await _instanceA.ExecuteAsync("ws-1", "g1", null, new AddItem(FirstStage(), Lane.PainPoint, "Once"), Context(), "delivery-5");
        var skippedAgain = await _instanceA.ExecuteAsync("ws-1", "g1", null, new Skip(), Context(), "delivery-6", StillOn(cardStep));

        Assert.Equal((GroupCommandOutcome.Duplicate, GroupCommandOutcome.Duplicate), (again.Outcome, skippedAgain.Outcome));
        Assert.Equal(events, (await new WorkshopRepository(_folder.Store).LoadGroupAsync("ws-1", "g1"))!.EventCount);
    }

    [Fact]
    public async Task A_conversation_bound_on_another_instance_is_found_at_once_and_a_binding_saved_here_is_read_from_memory()
    {
        await StartGroupAsync();
        Assert.Null(await _instanceA.FindRecentConversationAsync("19:thread-1"));

        await _instanceB.SaveConversationAsync(Binding("card-1"));
        Assert.Equal("card-1", (await _instanceA.FindRecentConversationAsync("19:thread-1"))!.CardActivityId);

        _counted.ResetCount();
        await _instanceA.SaveConversationAsync(Binding("card-2"));
        Assert.Equal("card-2", (await _instanceA.FindRecentConversationAsync("19:thread-1"))!.CardActivityId);
        Assert.Equal(0, _counted.BindingReads);
        Assert.Equal("card-2", (await _instanceA.FindConversationAsync("19:thread-1"))!.CardActivityId);
        Assert.Equal(1, _counted.BindingReads);
    }

    [Fact]
    public async Task With_recent_reads_off_every_routing_read_asks_the_store()
    {
        await StartGroupAsync();
        var strict = new WorkshopRepository(_counted, recentReadMilliseconds: 0);
        await strict.SaveConversationAsync(Binding("card-1"));
        await _instanceB.SaveConversationAsync(Binding("card-9"));
        await _instanceB.UpdateWorkshopAsync("ws-1", w => w.Retitle("Retitled on B"), SqliteWorkshopFolder.Now);

        Assert.Equal("card-9", (await strict.FindRecentConversationAsync("19:thread-1"))!.CardActivityId);
        Assert.Equal("Retitled on B", (await strict.LoadRecentWorkshopAsync("ws-1"))!.Workshop.Title);
    }

    [Fact]
    public async Task A_workshop_changed_on_this_instance_is_seen_by_its_routing_reads_at_once()
    {
        await StartGroupAsync();
        await _instanceA.LoadRecentWorkshopAsync("ws-1");

        await _instanceA.UpdateWorkshopAsync("ws-1", w => w.Retitle("Retitled on A"), SqliteWorkshopFolder.Now);

        Assert.Equal("Retitled on A", (await _instanceA.LoadRecentWorkshopAsync("ws-1"))!.Workshop.Title);
    }

    public void Dispose() => _folder.Dispose();

    private static ConversationBinding Binding(string cardId) => new("19:thread-1", "ws-1", WorkshopStreams.ForGroup("g1"), "https://smba.example/", cardId, "tenant-1");

    private static string FirstStage() => SqliteWorkshopFolder.Script().Stages[0].Id;

    private static CommandContext Context() => SqliteWorkshopFolder.Context();

    private static Func<GroupSession, string?> StillOn(string cardStep) =>
        session => session.PromptFor(Sam).StepId == cardStep ? null : "The group has moved on.";

    private Task StartGroupAsync() => SqliteWorkshopFolder.StartGroupAsync(_instanceA);
}
