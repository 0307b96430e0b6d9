using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Tests.Builders;

namespace TeamsJourney.Domain.Tests.Facilitation;

/// <summary>
/// A multi-input card (MVP depth) pressed after the group moved past it: what was typed is kept in the step it was
/// written for, and the group stays where it is.
/// </summary>
public sealed class OutdatedMultiInputCardTests
{
    private static GroupDriver PastTheFirstStage()
    {
        var group = GroupDriver.For(BuiltInScenarios.All.Single(s => s.Id == "missed-bin-collection"));
        group.Accept(new Start("Group A", DepthChoice.Mvp));
        group.Accept(new AnswerInputs([new InputAnswer("name", "Maureen, 72")], MoveOn: true));
        group.Accept(new AnswerInputs([new InputAnswer("customerAction", "Looks out of the window")], MoveOn: true));
        Assert.NotEqual("journey.notice", group.Session.CurrentStep.Id);
        return group;
    }

    [Fact]
    public void Entries_written_for_a_stage_the_group_moved_past_are_kept_in_that_stage_and_the_group_stays()
    {
        var group = PastTheFirstStage();
        var current = group.Session.CurrentStep.Id;

        group.Accept(new AnswerInputs(
            [
                new InputAnswer("customerAction", "Asks a neighbour", EvidenceKind: EvidenceKind.Assumption),
                new InputAnswer("painPoint", "Nobody says why", EvidenceKind: EvidenceKind.Fact, EvidenceSource: "Complaints log"),
            ],
            MoveOn: true,
            ForStepId: "journey.notice"));

        Assert.Equal(current, group.Session.CurrentStep.Id);
        Assert.Contains(group.Session.Map.ItemsIn("notice", Lane.CustomerAction), i => i.Text == "Asks a neighbour");
        Assert.Equal(new Evidence(EvidenceKind.Fact, "Complaints log"), Assert.Single(group.Session.Map.ItemsIn("notice", Lane.PainPoint)).Evidence);
    }

    [Fact]
    public void A_passed_card_with_nothing_typed_is_refused_and_never_moves_the_group_again()
    {
        var group = PastTheFirstStage();
        var current = group.Session.CurrentStep.Id;

        var refused = group.Reject(new AnswerInputs([new InputAnswer("customerAction", " ")], MoveOn: true, ForStepId: "journey.notice"));
        var unknown = group.Reject(new AnswerInputs([new InputAnswer("customerAction", "Rings the council")], ForStepId: "journey.no-such-stage"));

        Assert.Contains("fill in at least one box", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("no longer part of this group's walk", unknown.Reason, StringComparison.Ordinal);
        Assert.Equal(current, group.Session.CurrentStep.Id);
    }
}
