namespace TeamsJourney.Tabs.Snapshots;

/// <summary>
/// The whole map of a workshop, or of one group (GET .../map). Enum values travel as their names. Version is the
/// workshop's (the sum of its groups' versions, for showing); Position is where to catch up from (GET .../changes).
/// </summary>
public sealed record MapSnapshot(
    string WorkshopId,
    string Title,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Stakeholders,
    long Version,
    string Position,
    IReadOnlyList<LaneInfo> Lanes,
    IReadOnlyList<LineInfo> Lines,
    IReadOnlyList<GroupSnapshot> Groups);

/// <summary>
/// A row of the map, top to bottom as drawn: the journey map's rows, then the blueprint's. Section is the view the
/// row is drawn in ("journey" or "blueprint"); capturedIn is the view its items are added and edited in, so a lane
/// shown in both views (customer actions) comes twice and the repeat differs in the two.
/// </summary>
public sealed record LaneInfo(string Lane, string Label, string ShortLabel, string Section, string CapturedIn);

/// <summary>A blueprint line drawn between two lanes.</summary>
public sealed record LineInfo(string Name, string Label, string AboveLane, string BelowLane);

/// <summary>Groups changed after a position (GET .../changes), the workshop's version and the position now.</summary>
public sealed record ChangesSnapshot(long Version, string Position, IReadOnlyList<GroupSnapshot> Groups);
