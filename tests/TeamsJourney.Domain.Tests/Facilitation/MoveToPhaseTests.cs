using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Tests.Builders;
using TeamsJourney.Domain.Workshops;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

/// <summary>"Move all to {phase}": each group jumps to the first step of the phase, wherever it is.</summary>
public sealed class MoveToPhaseTests
{
    public static TheoryData<WorkshopPhase> Phases() => [.. WorkshopPhases.All];

    [Theory]
    [MemberData(nameof(Phases))]
    public void A_group_at_the_start_jumps_to_the_first_step_of_the_phase(WorkshopPhase phase)
    {
        var group = GroupDriver.Started(BuiltInScenarios.All[0]);
        var expected = WorkshopPhases.FirstStepOf(group.Session.Steps, phase)!;

        group.Accept(new MoveToPhase(phase), GroupDriver.Facilitator);

        Assert.Equal(expected.Id, group.Session.CurrentStep.Id);
        Assert.Equal(phase, WorkshopPhases.Of(group.Session.CurrentStep));
    }

    [Fact]
    public void A_group_further_on_is_moved_back_to_the_phase()
    {
        var group = GroupDriver.Started(BuiltInScenarios.All[0]);
        group.Accept(new MoveToPhase(WorkshopPhase.Voting), GroupDriver.Facilitator);

        var moved = group.Accept(new MoveToPhase(WorkshopPhase.Journey), GroupDriver.Facilitator);

        var step = Assert.IsType<StepMoved>(Assert.Single(moved.Events));
        Assert.Equal(StepMoveReason.MovedToPhaseByFacilitator, step.Reason);
        Assert.Equal(WorkshopPhase.Journey, WorkshopPhases.Of(group.Session.CurrentStep));
    }

    [Fact]
    public void A_group_already_in_the_phase_stays_on_its_step()
    {
        var group = GroupDriver.Started(BuiltInScenarios.All[0]);
        group.Accept(new Answer("Maureen"));
        var step = group.Session.CurrentStep.Id;

        var decision = group.Accept(new MoveToPhase(WorkshopPhase.Persona), GroupDriver.Facilitator);

        Assert.Empty(decision.Events);
        Assert.Equal(step, group.Session.CurrentStep.Id);
    }

    [Fact]
    public void A_paused_group_is_moved_and_stays_paused()
    {
        var group = GroupDriver.Started(BuiltInScenarios.All[0]);
        group.Accept(new Pause(), GroupDriver.Facilitator);

        group.Accept(new MoveToPhase(WorkshopPhase.Ideas), GroupDriver.Facilitator);

        Assert.True(group.Session.IsPaused);
        Assert.Equal(StepKind.InitiativeIdeas, group.Session.CurrentStep.Kind);
    }

    [Fact]
    public void A_participant_cannot_move_the_group_to_a_phase()
    {
        var group = GroupDriver.Started(BuiltInScenarios.All[0]);

        Assert.Contains("Only the facilitator", group.Reject(new MoveToPhase(WorkshopPhase.Voting)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_without_a_blueprint_refuses_the_blueprint_phase_by_name()
    {
        var group = GroupDriver.Started(AScript().Without("blueprint").Load());

        Assert.Contains("no blueprint phase", group.Reject(new MoveToPhase(WorkshopPhase.Blueprint), GroupDriver.Facilitator).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ideas", WorkshopPhase.Ideas)]
    [InlineData("Initiatives", WorkshopPhase.Ideas)]
    [InlineData("VOTING", WorkshopPhase.Voting)]
    [InlineData(" blueprint ", WorkshopPhase.Blueprint)]
    public void Phase_names_are_read_as_people_type_them(string text, WorkshopPhase phase)
    {
        Assert.True(WorkshopPhases.TryParse(text, out var read));
        Assert.Equal(phase, read);
    }

    [Theory]
    [InlineData("review")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("3")]
    public void Anything_else_is_not_a_phase(string? text)
    {
        Assert.False(WorkshopPhases.TryParse(text, out _));
    }
}
