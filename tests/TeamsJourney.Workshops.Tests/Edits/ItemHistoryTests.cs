using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Workshops.Edits;

namespace TeamsJourney.Workshops.Tests.Edits;

/// <summary>The field-level rebase rule on its own.</summary>
public sealed class ItemHistoryTests
{
    private static readonly EventActor Alice = new("a", "Alice");
    private static readonly DateTimeOffset At = new(2025, 5, 1, 10, 0, 0, TimeSpan.Zero);

    private static List<GroupEvent> History(params GroupEvent[] changes) =>
        [new ItemAdded { Actor = Alice, OccurredAt = At, ItemId = "i", StageId = "s", Lane = Lane.Thought, Text = "t" }, .. changes];

    private static ItemEdited Edited() => new() { Actor = Alice, OccurredAt = At, ItemId = "i", Text = "new" };

    private static ItemMoved Moved() => new() { Actor = Alice, OccurredAt = At, ItemId = "i", StageId = "s", Lane = Lane.PainPoint };

    [Fact]
    public void A_text_edit_rebases_over_a_move()
    {
        Assert.Null(ItemHistory.ConflictFor(History(Moved()), 1, EditOperations.EditText));
    }

    [Fact]
    public void A_text_edit_loses_to_a_text_edit_since_its_version()
    {
        Assert.Equal(new ItemConflict("text", "Alice"), ItemHistory.ConflictFor(History(Moved(), Edited()), 1, EditOperations.EditText));
    }

    [Fact]
    public void Changes_up_to_the_base_version_are_not_counted()
    {
        Assert.Null(ItemHistory.ConflictFor(History(Edited(), Moved()), 2, EditOperations.EditText));
    }

    [Fact]
    public void A_delete_loses_to_any_change_since_its_version()
    {
        Assert.Equal("evidence", ItemHistory.ConflictFor(History(new EvidenceSet { Actor = Alice, OccurredAt = At, ItemId = "i", Kind = EvidenceKind.Fact }), 1, EditOperations.Delete)?.Field);
    }

    [Fact]
    public void Only_the_items_own_events_are_its_history()
    {
        var other = new ItemEdited { Actor = Alice, OccurredAt = At, ItemId = "other", Text = "x" };
        Assert.Equal(2, ItemHistory.Of([.. History(Edited()), other], "i").Count);
    }
}
