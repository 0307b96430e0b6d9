using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx;

/// <summary>The journey map of a group: stages as columns, the journey lanes as rows.</summary>
internal static class JourneyMapSlides
{
    public static void Add(DeckBuilder deck, PreparedGroup group) =>
        GridSlides.Add(deck, group, "Journey map", "Journey map", LaneCatalog.JourneyMapLanes, withLines: false);
}
