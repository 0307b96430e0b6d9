using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Tabs.Live;
using TeamsJourney.Workshops.Changes;

namespace TeamsJourney.Tabs.Tests.Live;

/// <summary>The "groupChanged" delta built from the group before and after real engine decisions, and how queued changes are run together.</summary>
public sealed class GroupDeltaTests
{
    private static readonly CommandContext Facilitator =
        CommandContext.Create(new CommandActor("29:facilitator", "Priya Shah", IsFacilitator: true), DateTimeOffset.UtcNow);

    private readonly ScenarioScript _script = BuiltInScenarios.All.Single(s => s.Id == "missed-bin-collection");

    [Fact]
    public void The_change_that_starts_a_group_carries_all_of_it_from_version_0()
    {
        var start = Change(null, 0, new Start("Group A"));

        var delta = GroupDelta.Between(start, start);

        Assert.Equal(0, delta.FromGroupVersion);
        Assert.Equal(start.ToVersion, delta.GroupVersion);
        Assert.NotNull(delta.Header);
        Assert.Equal("Group A", delta.Header.Name);
        Assert.True(delta.Header.IsStarted);
        Assert.NotNull(delta.Persona);
        Assert.Equal(_script.Stages.Count, delta.Stages!.Count);
    }

    [Fact]
    public void Adding_one_item_to_a_large_map_sends_that_item_and_nothing_else()
    {
        var (session, version) = Started();
        Lane[] lanes = [Lane.CustomerAction, Lane.Thought, Lane.Opportunity];
        for (var i = 0; i < 300; i++)
        {
            (session, version) = Apply(session, version, new AddItem(_script.Stages[i % _script.Stages.Count].Id, lanes[i % lanes.Length], $"Step {i}"));
        }

        var add = Change(session, version, new AddItem(_script.Stages[0].Id, Lane.PainPoint, "Nobody answers the phone"));
        var delta = GroupDelta.Between(add, add);

        Assert.Equal(version, delta.FromGroupVersion);
        Assert.Equal(version + add.Events.Count, delta.GroupVersion);
        Assert.Equal(["Nobody answers the phone"], delta.Items.Select(i => i.Text));
        Assert.Null(delta.Header);
        Assert.Null(delta.Persona);
        Assert.Null(delta.Stages);
        Assert.Empty(delta.RemovedItemIds);
        Assert.Empty(delta.Initiatives);
    }

    [Fact]
    public void A_run_of_changes_is_one_delta_from_the_first_version_to_the_last_with_edits_and_deletes()
    {
        var (session, version) = Started();
        (session, version) = Apply(session, version, new AddItem(_script.Stages[0].Id, Lane.PainPoint, "Kept"));
        (session, version) = Apply(session, version, new AddItem(_script.Stages[0].Id, Lane.PainPoint, "Deleted"));
        var kept = session.Map.Items.Single(i => i.Text == "Kept").Id;
        var deleted = session.Map.Items.Single(i => i.Text == "Deleted").Id;

        var edit = Change(session, version, new EditItem(kept, "Kept, reworded"));
        var delete = Change(edit.After, edit.ToVersion, new DeleteItem(deleted));
        var add = Change(delete.After, delete.ToVersion, new AddItem(_script.Stages[1].Id, Lane.Opportunity, "New idea"));
        var runs = GroupChangePublisher.Runs([edit, delete, add]).ToList();

        var run = Assert.Single(runs);
        var delta = GroupDelta.Between(run.First, run.Last);
        Assert.Equal(version, delta.FromGroupVersion);
        Assert.Equal(add.ToVersion, delta.GroupVersion);
        Assert.Equal(["Kept, reworded", "New idea"], delta.Items.Select(i => i.Text));
        Assert.Equal([deleted], delta.RemovedItemIds);
    }

    [Fact]
    public void Answering_the_persona_sends_the_persona_and_skipping_a_step_sends_the_header()
    {
        var (session, version) = Started();
        var answer = Change(session, version, new Answer("Margaret, 78"));
        var next = Change(session, version, new Skip());

        var answered = GroupDelta.Between(answer, answer);
        var moved = GroupDelta.Between(next, next);

        Assert.Equal("Margaret, 78", answered.Persona!.Name);
        Assert.Empty(answered.Items);
        Assert.Null(answered.Stages);
        Assert.NotNull(moved.Header);
        Assert.NotEqual(SnapshotStep(session), moved.Header.StepTitle);
        Assert.Null(moved.Persona);
    }

    [Fact]
    public void Runs_are_cut_where_a_version_does_not_follow_on_and_kept_apart_per_group()
    {
        var (session, version) = Started();
        var first = Change(session, version, new AddItem(_script.Stages[0].Id, Lane.PainPoint, "One"));
        var second = Change(first.After, first.ToVersion, new AddItem(_script.Stages[0].Id, Lane.PainPoint, "Two"));
        // Stored by another instance in between: this instance's next change does not follow on from "second".
        var afterGap = Change(second.After, second.ToVersion + 3, new AddItem(_script.Stages[0].Id, Lane.PainPoint, "Four"));
        var otherGroup = Change(session, version, new AddItem(_script.Stages[0].Id, Lane.PainPoint, "Elsewhere")) with { GroupId = "group-b" };

        var runs = GroupChangePublisher.Runs([first, otherGroup, second, afterGap]).ToList();

        // Each group's runs keep the order they were stored in; a cut run goes before its group's next one.
        Assert.Equal([(first, second), (afterGap, afterGap), (otherGroup, otherGroup)], runs);
    }

    private (GroupSession Session, long Version) Started()
    {
        var start = Change(null, 0, new Start("Group A"));
        return (start.After, start.ToVersion);
    }

    private (GroupSession Session, long Version) Apply(GroupSession session, long version, GroupCommand command)
    {
        var change = Change(session, version, command);
        return (change.After, change.ToVersion);
    }

    // What the repository reports after storing a command's events at the stream version after the given one.
    private GroupChange Change(GroupSession? before, long version, GroupCommand command)
    {
        var decision = FacilitationEngine.Decide(before ?? GroupSession.New(_script), command, Facilitator);
        var accepted = decision as Accepted ?? throw new Xunit.Sdk.XunitException($"{command} was refused: {(decision as Rejected)?.Reason}");
        Assert.NotEmpty(accepted.Events);
        var to = version + accepted.Events.Count;
        return new GroupChange("ws-1", "group-a", accepted.Events, version, to, before, accepted.Session);
    }

    private static string SnapshotStep(GroupSession session) => Snapshots.SnapshotMapper.Header("group-a", null, session).StepTitle;
}
