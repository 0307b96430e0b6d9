using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Documents.Preparation;

/// <summary>
/// Which parts of the workshop a group reached. A part nobody filled in gets no slide or section of its own; the
/// summary says once what each group did not reach, instead of empty pages saying "None." again and again.
/// </summary>
internal static class GroupCoverage
{
    public const string JourneyMapPart = "journey map";
    public const string BlueprintPart = "service blueprint";
    public const string InitiativesPart = "initiatives";
    public const string EmotionPart = "emotion curve";

    public static bool ReachedJourneyMap(this PreparedGroup group) => group.HasItemsIn(LaneCatalog.JourneyMapLanes);

    // Customer actions are drawn on the blueprint too, but they come from the journey map: only the blueprint's own lanes count.
    public static bool ReachedBlueprint(this PreparedGroup group) => group.HasItemsIn(LaneCatalog.CapturedIn(MapSection.Blueprint));

    public static bool ReachedInitiatives(this PreparedGroup group) => group.Initiatives.Count > 0;

    public static bool ReachedEmotion(this PreparedGroup group) => group.Stages.Any(s => s.Emotion is not null);

    /// <summary>The parts the group did not reach, in workshop order; empty when it reached them all.</summary>
    public static IReadOnlyList<string> MissingParts(this PreparedGroup group)
    {
        var missing = new List<string>();
        if (!group.ReachedJourneyMap())
        {
            missing.Add(JourneyMapPart);
        }

        if (!group.ReachedEmotion())
        {
            missing.Add(EmotionPart);
        }

        if (!group.ReachedBlueprint())
        {
            missing.Add(BlueprintPart);
        }

        if (!group.ReachedInitiatives())
        {
            missing.Add(InitiativesPart);
        }

        return missing;
    }
}
