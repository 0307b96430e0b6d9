namespace TeamsJourney.Domain.Maps;

/// <summary>A line drawn between two adjacent lanes of a service blueprint.</summary>
/// <param name="Name">e.g. "Line of visibility".</param>
/// <param name="Above">The lane directly above the line.</param>
/// <param name="Below">The lane directly below the line.</param>
/// <param name="Meaning">Why the line is there, for legends and tooltips.</param>
public sealed record BlueprintLine(string Name, Lane Above, Lane Below, string Meaning);

/// <summary>
/// The fixed shape of a service blueprint: the order lanes are drawn in and the three lines that
/// separate what the person does, what they see and what happens out of sight.
/// </summary>
public static class Blueprint
{
    /// <summary>Between what the person does and what staff do in front of them.</summary>
    public static BlueprintLine LineOfInteraction { get; } = new(
        "Line of interaction", Lane.CustomerAction, Lane.Frontstage, "Where the person and the service meet.");

    /// <summary>Between what the person can see and what they cannot.</summary>
    public static BlueprintLine LineOfVisibility { get; } = new(
        "Line of visibility", Lane.Frontstage, Lane.Backstage, "Everything below is invisible to the person.");

    /// <summary>Between front-line teams and the systems and teams that support them.</summary>
    public static BlueprintLine LineOfInternalInteraction { get; } = new(
        "Line of internal interaction", Lane.Backstage, Lane.SupportProcess, "Where staff hand over to other teams, suppliers or systems.");

    /// <summary>The three lines, top to bottom.</summary>
    public static IReadOnlyList<BlueprintLine> Lines { get; } = [LineOfInteraction, LineOfVisibility, LineOfInternalInteraction];

    /// <summary>
    /// Every lane, top to bottom, as drawn: the journey lanes first, then the blueprint with
    /// physical evidence above customer actions, and the owner row last.
    /// </summary>
    public static IReadOnlyList<Lane> LaneOrder { get; } =
    [
        Lane.Time,
        Lane.Thought,
        Lane.PainPoint,
        Lane.Opportunity,
        Lane.Touchpoint,
        Lane.PhysicalEvidence,
        Lane.CustomerAction,
        Lane.Frontstage,
        Lane.Backstage,
        Lane.SupportProcess,
        Lane.Owner,
    ];

    /// <summary>The lanes a group fills while walking the journey, stage by stage.</summary>
    public static IReadOnlyList<Lane> JourneyLanes { get; } =
        [Lane.CustomerAction, Lane.Touchpoint, Lane.Thought, Lane.PainPoint, Lane.Opportunity];

    /// <summary>The lanes a group fills while blueprinting the service behind the journey.</summary>
    public static IReadOnlyList<Lane> BlueprintLanes { get; } =
        [Lane.PhysicalEvidence, Lane.Frontstage, Lane.Backstage, Lane.SupportProcess, Lane.Time, Lane.Owner];

    /// <summary>True for lanes filled in the blueprint phase.</summary>
    public static bool IsBlueprintLane(Lane lane) => BlueprintLanes.Contains(lane);

    /// <summary>A plural label for headings, e.g. "Customer actions".</summary>
    public static string Label(Lane lane) => lane switch
    {
        Lane.CustomerAction => "Customer actions",
        Lane.Touchpoint => "Touchpoints",
        Lane.Thought => "Thoughts and feelings",
        Lane.PainPoint => "Pain points",
        Lane.Opportunity => "Opportunities",
        Lane.PhysicalEvidence => "Physical evidence",
        Lane.Frontstage => "Frontstage actions",
        Lane.Backstage => "Backstage actions",
        Lane.SupportProcess => "Support processes",
        Lane.Time => "Time",
        Lane.Owner => "Owner",
        _ => lane.ToString(),
    };
}
