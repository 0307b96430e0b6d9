using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Tests.Builders;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class DepthChangeTests
{
    private static ScenarioScript MissedBin => BuiltInScenarios.All.Single(s => s.Id == "missed-bin-collection");

    [Fact]
    public void A_full_depth_group_switched_to_MVP_carries_on_at_the_same_stage_keeping_what_it_captured()
    {
        var group = GroupDriver.Started(MissedBin).GoTo("journey.report.thought");
        group.AddItem("I hope someone reads this");

        var switched = Assert.IsType<DepthChosen>(group.Accept(new ChooseDepth(DepthChoice.Mvp), GroupDriver.Facilitator).Events.Single());

        Assert.Equal(("journey.report.thought", "journey.report"), (switched.FromStepId, switched.ToStepId));
        Assert.Equal("journey.report", group.Session.CurrentStep.Id);
        Assert.Equal("I hope someone reads this", Assert.Single(group.Session.PromptFor("user-alice").Inputs.Single(i => i.Input.Lane == Lane.Thought).Items).Text);
        Assert.Equal(group.Session.Steps.Count, group.Session.PromptFor("user-alice").Progress.TotalSteps);
    }

    [Fact]
    public void An_MVP_group_switched_to_full_depth_starts_the_stage_on_its_first_lane()
    {
        var group = GroupDriver.For(MissedBin);
        group.Accept(new Start("Group A", DepthChoice.Mvp));
        group.Accept(new Skip());
        group.Accept(new Skip());

        group.Accept(new ChooseDepth(DepthChoice.Full), GroupDriver.Facilitator);

        Assert.Equal("journey.report.customerAction", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void A_step_the_new_depth_does_not_have_moves_the_group_to_the_next_phase()
    {
        var group = GroupDriver.Started(MissedBin).GoTo("initiatives.impactEffort");

        group.Accept(new ChooseDepth(DepthChoice.Mvp), GroupDriver.Facilitator);

        Assert.Equal("review", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void Choosing_blueprint_lanes_keeps_a_group_on_a_lane_it_still_has_and_moves_it_off_one_it_lost()
    {
        var onBackstage = GroupDriver.Started(MissedBin).GoTo("blueprint.report.backstage");
        var onTime = GroupDriver.Started(MissedBin).GoTo("blueprint.report.time");
        var lanes = new DepthChoice(ScenarioDepth.Full, [Lane.Frontstage, Lane.Backstage]);

        onBackstage.Accept(new ChooseDepth(lanes), GroupDriver.Facilitator);
        onTime.Accept(new ChooseDepth(lanes), GroupDriver.Facilitator);

        Assert.Equal("blueprint.report.backstage", onBackstage.Session.CurrentStep.Id);
        Assert.Equal("blueprint.report.frontstage", onTime.Session.CurrentStep.Id);
    }

    [Fact]
    public void Only_the_facilitator_changes_a_depth_and_choosing_the_same_depth_changes_nothing()
    {
        var group = GroupDriver.Started(MissedBin);

        var refused = group.Reject(new ChooseDepth(DepthChoice.Mvp), GroupDriver.Alice);
        var same = group.Accept(new ChooseDepth(DepthChoice.Full), GroupDriver.Facilitator);

        Assert.Contains("Only the facilitator", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(same.Events);
    }

    [Fact]
    public void A_paused_group_can_be_switched_and_a_finished_one_cannot()
    {
        var paused = GroupDriver.Started(MissedBin);
        paused.Accept(new Pause(), GroupDriver.Facilitator);
        var finished = GroupDriver.Started(MissedBin).GoTo("review");
        finished.Accept(new Next());

        paused.Accept(new ChooseDepth(DepthChoice.Mvp), GroupDriver.Facilitator);
        var refused = finished.Reject(new ChooseDepth(DepthChoice.Mvp), GroupDriver.Facilitator);

        Assert.Equal("persona", paused.Session.CurrentStep.Id);
        Assert.Contains("finished", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_follows_the_depth_changes_in_the_log()
    {
        var group = GroupDriver.Started(MissedBin).GoTo("journey.notice.painPoint");
        group.AddItem("Calendar says collected");
        group.Accept(new ChooseDepth(DepthChoice.Mvp), GroupDriver.Facilitator);
        group.Accept(new Next());
        group.Accept(new ChooseDepth(new DepthChoice(ScenarioDepth.Full, [Lane.Owner])), GroupDriver.Facilitator);

        var replayed = GroupSession.Replay(MissedBin, group.Events);

        Assert.Equal("journey.report.customerAction", replayed.CurrentStep.Id);
        Assert.Equal([Lane.Owner], replayed.Depth.BlueprintLanes);
        Assert.Single(replayed.Map.PainPoints);
    }

    [Fact]
    public void A_log_from_before_depths_replays_at_full_depth()
    {
        var started = new GroupStarted
        {
            Actor = new EventActor("user-alice", "Alice"),
            OccurredAt = DateTimeOffset.UnixEpoch,
            GroupName = "Group A",
            ScenarioId = MissedBin.Id,
            ScenarioVersion = MissedBin.Version,
            StepId = "persona.name",
        };

        var session = GroupSession.Replay(MissedBin, [started]);

        Assert.Equal(DepthChoice.Full, session.Depth);
        Assert.Same(MissedBin.Steps, session.Steps);
    }
}
