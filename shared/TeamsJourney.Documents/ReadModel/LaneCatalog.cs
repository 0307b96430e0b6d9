namespace TeamsJourney.Documents.ReadModel;

/// <summary>Which lanes each view shows, in which order, under which label, and where the blueprint lines fall.</summary>
public static class LaneCatalog
{
    /// <summary>Rows of the journey map, top to bottom.</summary>
    public static IReadOnlyList<Lane> JourneyMapLanes { get; } =
        [Lane.CustomerAction, Lane.Touchpoint, Lane.Thought, Lane.PainPoint, Lane.Opportunity, Lane.Time, Lane.Owner];

    /// <summary>The five rows of the service blueprint, top to bottom.</summary>
    public static IReadOnlyList<Lane> BlueprintLanes { get; } =
        [Lane.PhysicalEvidence, Lane.CustomerAction, Lane.Frontstage, Lane.Backstage, Lane.SupportProcess];

    /// <summary>The line drawn directly below <paramref name="lane"/> on the blueprint, if any.</summary>
    public static BlueprintLine? LineBelow(Lane lane) => lane switch
    {
        Lane.CustomerAction => BlueprintLine.Interaction,
        Lane.Frontstage => BlueprintLine.Visibility,
        Lane.Backstage => BlueprintLine.InternalInteraction,
        _ => null,
    };

    /// <summary>Human label of a lane, as printed in row headers.</summary>
    public static string Label(Lane lane) => lane switch
    {
        Lane.CustomerAction => "Customer actions",
        Lane.Touchpoint => "Touchpoints",
        Lane.Thought => "Thoughts and feelings",
        Lane.PainPoint => "Pain points",
        Lane.Opportunity => "Opportunities",
        Lane.PhysicalEvidence => "Physical evidence",
        Lane.Frontstage => "Frontstage",
        Lane.Backstage => "Backstage",
        Lane.SupportProcess => "Support processes",
        Lane.Time => "Time",
        Lane.Owner => "Owner",
        _ => throw new ArgumentOutOfRangeException(nameof(lane), lane, "Unknown lane."),
    };

    /// <summary>Human label of a blueprint line.</summary>
    public static string Label(BlueprintLine line) => line switch
    {
        BlueprintLine.Interaction => "Line of interaction",
        BlueprintLine.Visibility => "Line of visibility",
        BlueprintLine.InternalInteraction => "Line of internal interaction",
        _ => throw new ArgumentOutOfRangeException(nameof(line), line, "Unknown blueprint line."),
    };
}
