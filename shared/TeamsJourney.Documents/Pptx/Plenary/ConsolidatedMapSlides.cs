using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.Pptx.Map;

namespace TeamsJourney.Documents.Pptx.Plenary;

/// <summary>
/// The consolidated journey map and blueprint, drawn like a group's map: one card per cluster, its top line saying
/// how many groups are behind it, its badge "Fact" when any group backs it with a fact. The emotion curve has its own
/// slide, per group and the mean, because a mean drawn as one group's curve would hide how far the groups differ.
/// </summary>
internal static class ConsolidatedMapSlides
{
    public const string JourneyTitle = "Consolidated journey map";
    public const string BlueprintTitle = "Consolidated service blueprint";

    public static void Add(DeckBuilder deck, PreparedPlenary plenary)
    {
        var map = plenary.Map;
        if (map.ReachedJourneyMap())
        {
            var lanes = LaneCatalog.JourneyMapLanes;
            var top = MapGeometry.GridTop + MapGeometry.StageHeaderHeight + MapGeometry.RowGap;
            var height = ((MapGeometry.GridBottom - top) / lanes.Count) - MapGeometry.RowGap;
            LaneGridSlides.Add(deck, map, new LaneGridSpec(JourneyTitle, "The consolidated journey map (each card is a cluster of similar notes; its top line says how many groups wrote one)", [.. lanes.Select(l => new LaneBand(l, height))], WithEmotion: false, WithLines: false));
        }

        if (map.ReachedBlueprint())
        {
            BlueprintSlides.Add(deck, map, BlueprintTitle);
        }
    }
}
