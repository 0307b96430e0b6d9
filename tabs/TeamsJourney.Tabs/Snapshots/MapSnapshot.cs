namespace TeamsJourney.Tabs.Snapshots;

/// <summary>The whole map of a workshop, or of one group (GET .../map). Enum values travel as their names.</summary>
public sealed record MapSnapshot(
    string WorkshopId,
    string Title,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Stakeholders,
    long Version,
    IReadOnlyList<LaneInfo> Lanes,
    IReadOnlyList<LineInfo> Lines,
    IReadOnlyList<GroupSnapshot> Groups);

/// <summary>A lane, top to bottom as drawn; section is "journey" or "blueprint".</summary>
public sealed record LaneInfo(string Lane, string Label, string Section);

/// <summary>A blueprint line drawn between two lanes.</summary>
public sealed record LineInfo(string Name, string Label, string AboveLane, string BelowLane);

/// <summary>Groups changed after a version (GET .../changes).</summary>
public sealed record ChangesSnapshot(long Version, IReadOnlyList<GroupSnapshot> Groups);

/// <summary>The "groupChanged" hub message.</summary>
public sealed record GroupChangedMessage(string WorkshopId, string GroupId, long Version, GroupSnapshot Group);
