using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// The service blueprint of a group: the blueprint lanes (customer actions repeated from the journey map, time and
/// owner last), with the lines of interaction, visibility and internal interaction drawn as labelled dashed rules
/// between them on every slide.
/// </summary>
internal static class BlueprintSlides
{
    public static void Add(DeckBuilder deck, PreparedGroup group) =>
        GridSlides.Add(deck, group, "Service blueprint", "Service blueprint", LaneCatalog.BlueprintLanes, withLines: true);
}
