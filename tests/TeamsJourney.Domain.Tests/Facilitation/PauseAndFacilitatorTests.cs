using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Tests.Builders;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class PauseAndFacilitatorTests
{
    private static GroupDriver APausedGroup()
    {
        var group = GroupDriver.Started(AScript().Load());
        group.Accept(new Pause(), GroupDriver.Facilitator);
        return group;
    }

    [Fact]
    public void Pause_by_a_participant_is_rejected()
    {
        Assert.Contains("Only the facilitator", GroupDriver.Started(AScript().Load()).Reject(new Pause()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paused_group_refuses_answers_with_a_clear_reason()
    {
        var rejected = APausedGroup().Reject(new Answer("Maureen"));

        Assert.Contains("paused", rejected.Reason, StringComparison.Ordinal);
        Assert.True(rejected.Current.IsPaused);
    }

    [Fact]
    public void Resume_lets_the_group_answer_again()
    {
        var group = APausedGroup();
        Assert.IsType<GroupResumed>(group.Accept(new Resume(), GroupDriver.Facilitator).Events.Single());

        group.Accept(new Answer("Maureen"));

        Assert.Equal("Maureen", group.Session.Map.Persona.Name);
    }

    [Fact]
    public void Pausing_twice_is_rejected()
    {
        Assert.Contains("already paused", APausedGroup().Reject(new Pause(), GroupDriver.Facilitator).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AdvanceAll_moves_a_paused_group_to_the_next_section()
    {
        var group = APausedGroup();

        var moved = Assert.IsType<StepMoved>(group.Accept(new AdvanceAll(), GroupDriver.Facilitator).Events.Single());

        Assert.Equal(("journey.first.customerAction", StepMoveReason.AdvancedByFacilitator), (moved.ToStepId, moved.Reason));
        Assert.True(group.Session.IsPaused);
    }

    [Fact]
    public void AdvanceAll_by_a_participant_is_rejected()
    {
        GroupDriver.Started(AScript().Load()).Reject(new AdvanceAll(), GroupDriver.Bob);
    }

    [Fact]
    public void AdvanceAll_on_the_review_finishes_the_group()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("review");
        Assert.IsType<GroupFinished>(group.Accept(new AdvanceAll(), GroupDriver.Facilitator).Events.Single());
    }
}
