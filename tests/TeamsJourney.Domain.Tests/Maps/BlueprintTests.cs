using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Tests.Maps;

public sealed class BlueprintTests
{
    [Fact]
    public void LaneOrder_lists_every_lane_once()
    {
        Assert.Equal(Enum.GetValues<Lane>().Order(), Blueprint.LaneOrder.Order());
    }

    [Fact]
    public void Physical_evidence_is_drawn_directly_above_customer_actions()
    {
        var order = Blueprint.LaneOrder.ToList();
        Assert.Equal(order.IndexOf(Lane.PhysicalEvidence) + 1, order.IndexOf(Lane.CustomerAction));
    }

    [Fact]
    public void Each_line_separates_two_adjacent_lanes_in_drawing_order()
    {
        var order = Blueprint.LaneOrder.ToList();
        Assert.All(Blueprint.Lines, line => Assert.Equal(order.IndexOf(line.Above) + 1, order.IndexOf(line.Below)));
    }

    [Fact]
    public void The_three_lines_are_interaction_visibility_and_internal_interaction()
    {
        Assert.Equal(
            [(Lane.CustomerAction, Lane.Frontstage), (Lane.Frontstage, Lane.Backstage), (Lane.Backstage, Lane.SupportProcess)],
            Blueprint.Lines.Select(l => (l.Above, l.Below)));
    }
}
