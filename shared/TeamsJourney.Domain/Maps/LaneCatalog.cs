namespace TeamsJourney.Domain.Maps;

/// <summary>
/// The one place lanes are described: labels, the order a group fills them, the section each is captured in,
/// the lanes each view draws and where the blueprint's three lines fall. Cards, the tab, the deck and the report
/// all read it, so a lane is called the same everywhere.
/// </summary>
public static class LaneCatalog
{
    /// <summary>Between what the person does and what staff do in front of them.</summary>
    public static BlueprintLine LineOfInteraction { get; } = new(
        "LineOfInteraction", "Line of interaction", Lane.CustomerAction, Lane.Frontstage, "Where the person and the service meet.");

    /// <summary>Between what the person can see and what they cannot.</summary>
    public static BlueprintLine LineOfVisibility { get; } = new(
        "LineOfVisibility", "Line of visibility", Lane.Frontstage, Lane.Backstage, "Everything below is invisible to the person.");

    /// <summary>Between front-line teams and the systems and teams that support them.</summary>
    public static BlueprintLine LineOfInternalInteraction { get; } = new(
        "LineOfInternalInteraction", "Line of internal interaction", Lane.Backstage, Lane.SupportProcess, "Where staff hand over to other teams, suppliers or systems.");

    /// <summary>The three blueprint lines, top to bottom.</summary>
    public static IReadOnlyList<BlueprintLine> Lines { get; } = [LineOfInteraction, LineOfVisibility, LineOfInternalInteraction];

    /// <summary>
    /// Rows of the journey map, top to bottom, in the order practitioners read a moment: what the person does,
    /// where they meet the service, what they think and feel, what hurts and what could be better.
    /// </summary>
    public static IReadOnlyList<Lane> JourneyMapLanes { get; } =
        [Lane.CustomerAction, Lane.Touchpoint, Lane.Thought, Lane.PainPoint, Lane.Opportunity];

    /// <summary>
    /// Rows of the service blueprint, top to bottom. Customer actions are repeated from the journey map because
    /// the line of interaction is drawn against them; time and owner close the blueprint as its last rows.
    /// </summary>
    public static IReadOnlyList<Lane> BlueprintLanes { get; } =
        [Lane.PhysicalEvidence, Lane.CustomerAction, Lane.Frontstage, Lane.Backstage, Lane.SupportProcess, Lane.Time, Lane.Owner];

    /// <summary>Every lane once, in <see cref="LaneDefinition.Order"/>: the journey lanes, then the blueprint's own.</summary>
    public static IReadOnlyList<LaneDefinition> All { get; } = Numbered(
    [
        Define(Lane.CustomerAction, "Customer actions", "Actions", MapSection.Journey),
        Define(Lane.Touchpoint, "Touchpoints", "Touchpoints", MapSection.Journey),
        Define(Lane.Thought, "Thoughts and feelings", "Thoughts", MapSection.Journey),
        Define(Lane.PainPoint, "Pain points", "Pains", MapSection.Journey),
        Define(Lane.Opportunity, "Opportunities", "Ideas", MapSection.Journey),
        Define(Lane.PhysicalEvidence, "Physical evidence", "Evidence", MapSection.Blueprint),
        Define(Lane.Frontstage, "Frontstage actions", "Frontstage", MapSection.Blueprint),
        Define(Lane.Backstage, "Backstage actions", "Backstage", MapSection.Blueprint),
        Define(Lane.SupportProcess, "Support processes", "Support", MapSection.Blueprint),
        Define(Lane.Time, "Time", "Time", MapSection.Blueprint),
        Define(Lane.Owner, "Owner", "Owner", MapSection.Blueprint),
    ]);

    /// <summary>The description of <paramref name="lane"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a known lane.</exception>
    public static LaneDefinition Of(Lane lane) =>
        All.FirstOrDefault(d => d.Lane == lane) ?? throw new ArgumentOutOfRangeException(nameof(lane), lane, "Unknown lane.");

    /// <summary>The plural heading of <paramref name="lane"/>, e.g. "Customer actions".</summary>
    public static string Label(Lane lane) => Of(lane).Label;

    /// <summary>The lanes a group captures in <paramref name="section"/>, in the order it fills them.</summary>
    public static IReadOnlyList<Lane> CapturedIn(MapSection section) =>
        [.. All.Where(d => d.Section == section).Select(d => d.Lane)];

    /// <summary>The blueprint line drawn directly below <paramref name="lane"/>, if any.</summary>
    public static BlueprintLine? LineBelow(Lane lane) => Lines.FirstOrDefault(l => l.Above == lane);

    private static LaneDefinition Define(Lane lane, string label, string shortLabel, MapSection section) => new(
        lane,
        label,
        shortLabel,
        Order: 0,
        section,
        Lines.FirstOrDefault(l => l.Below == lane),
        Lines.FirstOrDefault(l => l.Above == lane));

    // Order is the position in the list, so the list is the only place the order is written down.
    private static LaneDefinition[] Numbered(LaneDefinition[] lanes) => [.. lanes.Select((d, i) => d with { Order = i })];
}
