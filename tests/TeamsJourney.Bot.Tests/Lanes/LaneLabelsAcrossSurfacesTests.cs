using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Tests.Cards;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Tabs.Snapshots;

namespace TeamsJourney.Bot.Tests.Lanes;

/// <summary>
/// Every lane, through the three places people read its name: the group's card, the tab's map snapshot and the
/// generated deck and report. Each must print exactly the label the domain's lane catalog gives.
/// </summary>
public sealed class LaneLabelsAcrossSurfacesTests(PrintedLaneLabels printed) : IClassFixture<PrintedLaneLabels>
{
    public static TheoryData<Lane> EveryLane => new(Enum.GetValues<Lane>());

    [Theory]
    [MemberData(nameof(EveryLane))]
    public void The_card_for_the_lanes_step_names_it_with_the_catalog_label(Lane lane)
    {
        var card = RenderedCard.Of(PromptCard.Render(ScenarioWalk.PromptAt(StepKind.StageItems, lane), CardContexts.Participant()));

        Assert.Contains(card.Texts, t => t.EndsWith($" — {LaneCatalog.Label(lane)}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryLane))]
    public void The_tab_snapshot_carries_the_catalog_label_and_short_label_on_every_row_of_the_lane(Lane lane)
    {
        var rows = SnapshotMapper.Lanes.Where(l => l.Lane == lane.ToString()).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal((LaneCatalog.Of(lane).Label, LaneCatalog.Of(lane).ShortLabel), (row.Label, row.ShortLabel)));
    }

    [Theory]
    [MemberData(nameof(EveryLane))]
    public void The_deck_prints_the_catalog_label_as_the_row_heading_of_every_view_showing_the_lane(Lane lane)
    {
        var label = LaneCatalog.Label(lane);

        Assert.Equal(LaneCatalog.JourneyMapLanes.Contains(lane), printed.DeckJourneyRows.Contains(label));
        Assert.Equal(LaneCatalog.BlueprintLanes.Contains(lane), printed.DeckBlueprintRows.Contains(label));
    }

    [Theory]
    [MemberData(nameof(EveryLane))]
    public void The_report_prints_the_catalog_label_as_a_column_of_every_view_showing_the_lane(Lane lane)
    {
        var label = LaneCatalog.Label(lane);

        Assert.Contains(printed.ReportTableHeaders, h => h.SequenceEqual(["Stage", .. LaneCatalog.JourneyMapLanes.Select(LaneCatalog.Label)]));
        Assert.Contains(printed.ReportTableHeaders, h => h.SequenceEqual(["Stage", .. LaneCatalog.BlueprintLanes.Select(LaneCatalog.Label)]));
        Assert.Contains(printed.ReportTableHeaders, h => h.Contains(label));
    }

    [Fact]
    public void The_three_surfaces_draw_the_views_in_the_catalog_order_with_the_lines_between_the_same_lanes()
    {
        var tab = SnapshotMapper.Lanes.Select(l => (l.Lane, l.Section)).ToList();
        var expectedBlueprintRows = LaneCatalog.BlueprintLanes.SelectMany(lane =>
            LaneCatalog.LineBelow(lane) is { } line ? [LaneCatalog.Label(lane), line.Label] : new[] { LaneCatalog.Label(lane) });

        Assert.Equal(
            [.. LaneCatalog.JourneyMapLanes.Select(l => (l.ToString(), "journey")), .. LaneCatalog.BlueprintLanes.Select(l => (l.ToString(), "blueprint"))],
            tab);
        Assert.Equal(LaneCatalog.Lines.Select(l => (l.Label, l.Above.ToString(), l.Below.ToString())), SnapshotMapper.Lines.Select(l => (l.Label, l.AboveLane, l.BelowLane)));
        Assert.Equal(LaneCatalog.JourneyMapLanes.Select(LaneCatalog.Label), printed.DeckJourneyRows);
        Assert.Equal(expectedBlueprintRows, printed.DeckBlueprintRows);
    }
}
