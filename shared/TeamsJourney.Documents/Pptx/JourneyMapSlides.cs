using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.Pptx.Map;

namespace TeamsJourney.Documents.Pptx;

/// <summary>The journey map drawn like the tab: stage columns, the emotion curve in line with them, a coloured band per lane and a card per note.</summary>
internal static class JourneyMapSlides
{
    public const string Title = "Journey map";

    public static void Add(DeckBuilder deck, PreparedGroup group)
    {
        var lanes = LaneCatalog.JourneyMapLanes;
        var top = MapGeometry.GridTop + MapGeometry.StageHeaderHeight + MapGeometry.RowGap + EmotionCurvePainter.BandHeight + MapGeometry.RowGap;
        var height = ((MapGeometry.GridBottom - top) / lanes.Count) - MapGeometry.RowGap;
        LaneGridSlides.Add(deck, group, new LaneGridSpec(Title, "The journey map", [.. lanes.Select(l => new LaneBand(l, height))], WithEmotion: true, WithLines: false));
    }
}
