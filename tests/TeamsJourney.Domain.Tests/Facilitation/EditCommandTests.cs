using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Tests.Builders;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class EditCommandTests
{
    private static (GroupDriver Group, string ItemId) AGroupWithAnItem()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");
        return (group, group.AddItem("Calendar says collected"));
    }

    [Fact]
    public void EditItem_changes_the_text_and_raises_the_version()
    {
        var (group, id) = AGroupWithAnItem();

        Assert.IsType<ItemEdited>(group.Accept(new EditItem(id, "Calendar is wrong", ExpectedVersion: 1), GroupDriver.Bob).Events.Single());

        var item = group.Session.Map.FindItem(id)!;
        Assert.Equal(("Calendar is wrong", 2, "Alice"), (item.Text, item.Version, item.AuthorName));
    }

    [Fact]
    public void A_second_edit_from_the_same_version_is_rejected_as_a_conflict()
    {
        var (group, id) = AGroupWithAnItem();
        group.Accept(new EditItem(id, "First", ExpectedVersion: 1));

        Assert.Contains("Someone else changed this item", group.Reject(new EditItem(id, "Second", ExpectedVersion: 1)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MoveItem_puts_the_item_in_another_stage_and_lane()
    {
        var (group, id) = AGroupWithAnItem();

        group.Accept(new MoveItem(id, "second", Lane.Thought));

        Assert.Equal(("second", Lane.Thought), (group.Session.Map.FindItem(id)!.StageId, group.Session.Map.FindItem(id)!.Lane));
    }

    [Fact]
    public void MoveItem_to_an_unknown_stage_is_rejected()
    {
        var (group, id) = AGroupWithAnItem();
        Assert.Contains("no stage", group.Reject(new MoveItem(id, "nowhere", Lane.Thought)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteItem_removes_it_from_the_map_and_the_prompt()
    {
        var (group, id) = AGroupWithAnItem();
        Assert.Empty(group.Accept(new DeleteItem(id)).Next.CapturedItems);
    }

    [Fact]
    public void Editing_a_deleted_item_is_rejected()
    {
        var (group, id) = AGroupWithAnItem();
        group.Accept(new DeleteItem(id));
        Assert.Contains("no longer on the map", group.Reject(new EditItem(id, "Too late")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SetEvidence_marks_an_item_as_an_assumption()
    {
        var (group, id) = AGroupWithAnItem();

        group.Accept(new SetEvidence(id, EvidenceKind.Assumption, "Crew anecdote"));

        Assert.Equal(new Evidence(EvidenceKind.Assumption, "Crew anecdote"), group.Session.Map.FindItem(id)!.Evidence);
    }

    [Fact]
    public void SetEvidence_with_a_source_but_no_kind_is_rejected()
    {
        var (group, id) = AGroupWithAnItem();
        Assert.Contains("fact or an assumption", group.Reject(new SetEvidence(id, null, "Somewhere")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finished_group_can_still_tidy_its_map()
    {
        var (group, id) = AGroupWithAnItem();
        group.GoTo("review").Accept(new Next());

        group.Accept(new EditItem(id, "Tidied"));

        Assert.Equal("Tidied", group.Session.Map.FindItem(id)!.Text);
    }
}
