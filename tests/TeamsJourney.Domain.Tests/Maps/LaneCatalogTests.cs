using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Tests.Maps;

public sealed class LaneCatalogTests
{
    [Fact]
    public void The_catalog_describes_every_lane_exactly_once()
    {
        Assert.Equal(Enum.GetValues<Lane>().Order(), LaneCatalog.All.Select(d => d.Lane).Order());
    }

    [Fact]
    public void Orders_are_unique_and_follow_the_listing()
    {
        Assert.Equal(Enumerable.Range(0, LaneCatalog.All.Count), LaneCatalog.All.Select(d => d.Order));
    }

    [Fact]
    public void Labels_and_short_labels_are_unique_and_never_blank()
    {
        Assert.All(LaneCatalog.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Label) || string.IsNullOrWhiteSpace(d.ShortLabel)));
        Assert.Equal(LaneCatalog.All.Count, LaneCatalog.All.Select(d => d.Label).Distinct().Count());
        Assert.Equal(LaneCatalog.All.Count, LaneCatalog.All.Select(d => d.ShortLabel).Distinct().Count());
    }

    [Fact]
    public void Journey_map_reads_actions_touchpoints_thoughts_pain_points_then_opportunities()
    {
        Assert.Equal([Lane.CustomerAction, Lane.Touchpoint, Lane.Thought, Lane.PainPoint, Lane.Opportunity], LaneCatalog.JourneyMapLanes);
    }

    [Fact]
    public void Blueprint_runs_from_physical_evidence_to_support_processes_then_time_and_owner()
    {
        Assert.Equal(
            [Lane.PhysicalEvidence, Lane.CustomerAction, Lane.Frontstage, Lane.Backstage, Lane.SupportProcess, Lane.Time, Lane.Owner],
            LaneCatalog.BlueprintLanes);
    }

    [Fact]
    public void Physical_evidence_is_drawn_directly_above_customer_actions()
    {
        var order = LaneCatalog.BlueprintLanes.ToList();
        Assert.Equal(order.IndexOf(Lane.PhysicalEvidence) + 1, order.IndexOf(Lane.CustomerAction));
    }

    [Fact]
    public void Each_line_separates_two_adjacent_lanes_in_drawing_order()
    {
        var order = LaneCatalog.BlueprintLanes.ToList();
        Assert.All(LaneCatalog.Lines, line => Assert.Equal(order.IndexOf(line.Above) + 1, order.IndexOf(line.Below)));
    }

    [Fact]
    public void The_three_lines_are_interaction_visibility_and_internal_interaction()
    {
        Assert.Equal(
            [(Lane.CustomerAction, Lane.Frontstage), (Lane.Frontstage, Lane.Backstage), (Lane.Backstage, Lane.SupportProcess)],
            LaneCatalog.Lines.Select(l => (l.Above, l.Below)));
        Assert.Equal(["Line of interaction", "Line of visibility", "Line of internal interaction"], LaneCatalog.Lines.Select(l => l.Label));
    }

    [Fact]
    public void Each_lane_knows_the_lines_on_either_side_of_it()
    {
        Assert.All(LaneCatalog.All, d =>
        {
            Assert.Equal(LaneCatalog.Lines.SingleOrDefault(l => l.Below == d.Lane), d.LineAbove);
            Assert.Equal(LaneCatalog.Lines.SingleOrDefault(l => l.Above == d.Lane), d.LineBelow);
        });
        Assert.Same(LaneCatalog.LineOfVisibility, LaneCatalog.LineBelow(Lane.Frontstage));
        Assert.Null(LaneCatalog.LineBelow(Lane.Opportunity));
    }

    [Fact]
    public void Customer_actions_appear_in_both_views_but_are_captured_once_on_the_journey()
    {
        Assert.Contains(Lane.CustomerAction, LaneCatalog.JourneyMapLanes);
        Assert.Contains(Lane.CustomerAction, LaneCatalog.BlueprintLanes);
        Assert.Equal(MapSection.Journey, LaneCatalog.Of(Lane.CustomerAction).Section);
        Assert.Equal([Lane.CustomerAction], LaneCatalog.JourneyMapLanes.Intersect(LaneCatalog.BlueprintLanes));
    }

    [Fact]
    public void Every_lane_is_captured_in_exactly_one_section_and_drawn_in_the_view_of_it()
    {
        var journey = LaneCatalog.CapturedIn(MapSection.Journey);
        var blueprint = LaneCatalog.CapturedIn(MapSection.Blueprint);

        Assert.Empty(LaneCatalog.CapturedIn(MapSection.Persona));
        Assert.Equal(Enum.GetValues<Lane>().Order(), journey.Concat(blueprint).Order());
        Assert.All(journey, lane => Assert.Contains(lane, LaneCatalog.JourneyMapLanes));
        Assert.All(blueprint, lane => Assert.Contains(lane, LaneCatalog.BlueprintLanes));
    }

    [Fact]
    public void Time_and_owner_belong_to_the_blueprint()
    {
        Assert.Equal(MapSection.Blueprint, LaneCatalog.Of(Lane.Time).Section);
        Assert.Equal(MapSection.Blueprint, LaneCatalog.Of(Lane.Owner).Section);
        Assert.DoesNotContain(Lane.Time, LaneCatalog.JourneyMapLanes);
        Assert.DoesNotContain(Lane.Owner, LaneCatalog.JourneyMapLanes);
    }

    [Fact]
    public void An_unknown_lane_value_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LaneCatalog.Of((Lane)99));
    }
}
