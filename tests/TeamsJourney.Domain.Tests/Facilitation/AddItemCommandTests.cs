using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Tests.Builders;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class AddItemCommandTests
{
    private static GroupDriver AStartedGroup() => GroupDriver.Started(AScript().Load());

    [Fact]
    public void AddItem_puts_a_note_in_any_stage_and_lane_whatever_the_current_step()
    {
        var group = AStartedGroup();

        var added = Assert.IsType<ItemAdded>(group.Accept(new AddItem("second", Lane.Backstage, "Crew app logs the miss"), GroupDriver.Bob).Events.Single());

        var item = group.Session.Map.FindItem(added.ItemId)!;
        Assert.Equal(("second", Lane.Backstage, "Crew app logs the miss", "Bob", 1), (item.StageId, item.Lane, item.Text, item.AuthorName, item.Version));
    }

    [Fact]
    public void AddItem_keeps_the_channel_and_evidence_of_a_touchpoint()
    {
        var group = AStartedGroup();

        var added = Assert.IsType<ItemAdded>(group.Accept(new AddItem("first", Lane.Touchpoint, "Council website", TouchpointChannel.Web, EvidenceKind.Fact, "Web analytics")).Events.Single());

        var item = group.Session.Map.FindItem(added.ItemId)!;
        Assert.Equal((TouchpointChannel.Web, EvidenceKind.Fact, "Web analytics"), (item.Channel, item.Evidence!.Kind, item.Evidence.Source));
    }

    [Fact]
    public void AddItem_to_an_unknown_stage_is_rejected()
    {
        Assert.Contains("no stage", AStartedGroup().Reject(new AddItem("nowhere", Lane.Thought, "Lost")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItem_with_a_channel_outside_the_touchpoint_lane_is_rejected()
    {
        Assert.Contains("channel", AStartedGroup().Reject(new AddItem("first", Lane.Thought, "Hmm", TouchpointChannel.Phone)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItem_with_blank_text_is_rejected_and_changes_nothing()
    {
        var group = AStartedGroup();

        group.Reject(new AddItem("first", Lane.Thought, "   "));

        Assert.Empty(group.Session.Map.Items);
    }

    [Fact]
    public void AddItem_with_a_source_but_no_evidence_kind_is_rejected()
    {
        AStartedGroup().Reject(new AddItem("first", Lane.Thought, "Angry", EvidenceSource: "Survey"));
    }

    [Fact]
    public void AddItem_before_the_group_starts_is_rejected()
    {
        GroupDriver.For(AScript().Load()).Reject(new AddItem("first", Lane.Thought, "Too early"));
    }

    [Fact]
    public void AddItem_is_still_accepted_after_the_group_finished_so_the_map_can_be_tidied()
    {
        var group = AStartedGroup().GoTo("review");
        group.Accept(new AdvanceAll(), GroupDriver.Facilitator);
        Assert.True(group.Session.IsFinished);

        group.Accept(new AddItem("first", Lane.Opportunity, "Text reminders"));

        Assert.Single(group.Session.Map.Items);
    }

    [Fact]
    public void AddItem_events_replay_into_the_same_map()
    {
        var group = AStartedGroup();
        group.Accept(new AddItem("first", Lane.PainPoint, "Calendar wrong"));

        var replayed = GroupSession.Replay(group.Session.Script, group.Events);

        Assert.Equal(group.Session.Map.Items, replayed.Map.Items);
    }
}
