using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Tests.Builders;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class StartAndNavigationTests
{
    [Fact]
    public void Start_puts_the_group_on_the_first_step()
    {
        var group = GroupDriver.For(AScript().Load());

        var started = Assert.IsType<GroupStarted>(group.Accept(new Start(" Group A ")).Events.Single());

        Assert.Equal(("Group A", "test-scenario", 1, "persona.name"), (started.GroupName, started.ScenarioId, started.ScenarioVersion, started.StepId));
        Assert.Equal("persona.name", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void Events_carry_the_actor_and_the_time()
    {
        var group = GroupDriver.For(AScript().Load());

        var started = group.Accept(new Start("Group A"), GroupDriver.Bob).Events.Single();

        Assert.Equal(new EventActor("user-bob", "Bob"), started.Actor);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero), started.OccurredAt);
    }

    [Fact]
    public void Starting_twice_is_rejected()
    {
        Assert.Contains("already started", GroupDriver.Started(AScript().Load()).Reject(new Start("Again")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_command_before_start_is_rejected()
    {
        var rejected = GroupDriver.For(AScript().Load()).Reject(new Answer("Maureen"));
        Assert.Contains("not started", rejected.Reason, StringComparison.Ordinal);
        Assert.False(rejected.Current.IsStarted);
    }

    [Fact]
    public void Next_on_an_unanswered_step_is_rejected_and_suggests_skip()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.customerAction");
        Assert.Contains("Skip", group.Reject(new Next()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_after_an_answer_moves_to_the_following_step()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.customerAction");
        group.AddItem("Checks the calendar");

        var moved = Assert.IsType<StepMoved>(group.Accept(new Next()).Events.Single());

        Assert.Equal(("journey.first.customerAction", "journey.first.painPoint", StepMoveReason.Next), (moved.FromStepId, moved.ToStepId, moved.Reason));
    }

    [Fact]
    public void Back_returns_to_the_previous_step()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");
        group.Accept(new Back());
        Assert.Equal("journey.first.customerAction", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void Back_on_the_first_step_is_rejected()
    {
        Assert.Contains("first step", GroupDriver.Started(AScript().Load()).Reject(new Back()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_records_the_reason()
    {
        var moved = Assert.IsType<StepMoved>(GroupDriver.Started(AScript().Load()).Accept(new Skip()).Events.Single());
        Assert.Equal(StepMoveReason.Skipped, moved.Reason);
    }

    [Fact]
    public void The_review_cannot_be_skipped()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("review");
        Assert.Contains("cannot be skipped", group.Reject(new Skip()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FinishStage_jumps_to_the_first_step_of_the_next_stage()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");
        group.Accept(new FinishStage());
        Assert.Equal("journey.second.customerAction", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void FinishStage_in_the_persona_phase_jumps_to_the_first_stage()
    {
        var group = GroupDriver.Started(AScript().Load());
        group.Accept(new FinishStage());
        Assert.Equal("journey.first.customerAction", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void FinishStage_on_the_last_journey_stage_moves_to_the_blueprint()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.second.customerAction");
        group.Accept(new FinishStage());
        Assert.Equal("blueprint.first.backstage", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void FinishStage_on_ideas_moves_to_voting_rather_than_past_it()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("initiatives.ideas");
        group.Accept(new FinishStage());
        Assert.Equal("initiatives.voting", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void Done_on_the_review_finishes_the_group()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("review");

        Assert.IsType<GroupFinished>(group.Accept(new Next()).Events.Single());
        Assert.True(group.Session.IsFinished);
        Assert.True(group.Session.PromptFor("user-alice").IsFinished);
    }

    [Fact]
    public void A_finished_group_rejects_answers()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("review");
        group.Accept(new Next());
        Assert.Contains("finished", group.Reject(new Back()).Reason, StringComparison.Ordinal);
    }
}
