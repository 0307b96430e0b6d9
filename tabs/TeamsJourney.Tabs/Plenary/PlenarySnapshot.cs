namespace TeamsJourney.Tabs.Plenary;

/// <summary>GET /api/tab/workshops/{id}/plenary: the second half as the tab draws it (contract: tabs/API.md).</summary>
public sealed record PlenarySnapshot(
    string WorkshopId,
    long Version,
    bool IsFacilitator,
    IReadOnlyList<PlenaryGroupSnapshot> Groups,
    IReadOnlyList<PlenaryStageSnapshot> Stages,
    IReadOnlyList<PlenaryLaneSnapshot> Lanes,
    IReadOnlyList<ClusterSnapshot> Clusters,
    IReadOnlyList<string> SkippedOperations,
    EvidenceStrengthSnapshot Evidence,
    IReadOnlyList<PooledInitiativeSnapshot> Initiatives,
    int DotsPerPerson,
    int MyDotsLeft,
    IReadOnlyList<VersionSnapshot> Versions);

/// <summary>A lane that has clusters, in the order the map draws lanes (journey lanes, then the blueprint's own).</summary>
public sealed record PlenaryLaneSnapshot(string Lane, string Label, string Section);

/// <summary>A group as the consolidation names it.</summary>
public sealed record PlenaryGroupSnapshot(string GroupId, string GroupName);

/// <summary>Facts, assumptions and unmarked notes, and the share backed by facts (null with no notes).</summary>
public sealed record EvidenceStrengthSnapshot(int Facts, int Assumptions, int Unmarked, double? FactShare);

/// <summary>A group's own stage lined up in a workshop stage.</summary>
public sealed record GroupStageSnapshot(string GroupId, string GroupStageId, string Name);

/// <summary>A workshop stage: the groups' stages in it, mean emotion, each group's emotion, evidence overall and per group.</summary>
public sealed record PlenaryStageSnapshot(
    string Id,
    string Name,
    int Order,
    IReadOnlyList<GroupStageSnapshot> GroupStages,
    double? MeanEmotion,
    IReadOnlyDictionary<string, double?> EmotionByGroup,
    EvidenceStrengthSnapshot Evidence,
    IReadOnlyDictionary<string, EvidenceStrengthSnapshot> EvidenceByGroup);

/// <summary>A cluster of similar notes across groups, each note with its provenance.</summary>
public sealed record ClusterSnapshot(
    string Id, string Name, bool IsNamed, string StageId, string Lane, string LaneLabel, int GroupCount, EvidenceStrengthSnapshot Evidence, IReadOnlyList<ClusterMemberSnapshot> Members);

/// <summary>One group's note in a cluster: which group, who, what, fact or assumption and its source.</summary>
public sealed record ClusterMemberSnapshot(string GroupId, string GroupName, string ItemId, string Text, string AuthorName, string? Evidence, string? Source);

/// <summary>A pooled initiative with its members, the pain points it addresses, dots, rating and plan.</summary>
public sealed record PooledInitiativeSnapshot(
    string Id,
    string Title,
    IReadOnlyList<InitiativeMemberSnapshot> Members,
    IReadOnlyList<PainPointLinkSnapshot> PainPoints,
    int Votes,
    int GroupVotes,
    bool HasMyDot,
    int? Impact,
    int? Effort,
    string? Quadrant,
    string Status,
    PlanSnapshot? Plan);

/// <summary>A group's own initiative inside a pooled one.</summary>
public sealed record InitiativeMemberSnapshot(string GroupId, string GroupName, string InitiativeId, string Title);

/// <summary>A pain point an initiative addresses, with its evidence.</summary>
public sealed record PainPointLinkSnapshot(string GroupId, string ItemId, string Text, string? Evidence, string? Source);

/// <summary>The agreed plan of an initiative.</summary>
public sealed record PlanSnapshot(string Owner, DateOnly DueDate, string? SuccessMeasure, string Status);

/// <summary>A frozen version.</summary>
public sealed record VersionSnapshot(int Number, string Name, DateTimeOffset FrozenAt);

/// <summary>GET .../plenary/compare: what changed between two versions (or a version and now).</summary>
public sealed record ComparisonSnapshot(
    string From,
    string To,
    IReadOnlyList<ComparedItemSnapshot> Added,
    IReadOnlyList<ComparedItemSnapshot> Removed,
    IReadOnlyList<ChangedItemSnapshot> Changed,
    IReadOnlyList<EmotionChangeSnapshot> EmotionChanges,
    IReadOnlyList<StatusChangeSnapshot> InitiativeChanges);

/// <summary>A note in a comparison.</summary>
public sealed record ComparedItemSnapshot(string GroupId, string GroupName, string ItemId, string StageId, string Lane, string LaneLabel, string Text, string? Evidence, string? Source);

/// <summary>A note that changed: before, after and what about it ("text", "place", "evidence").</summary>
public sealed record ChangedItemSnapshot(ComparedItemSnapshot Before, ComparedItemSnapshot After, IReadOnlyList<string> Changes);

/// <summary>How a stage's mean emotion moved.</summary>
public sealed record EmotionChangeSnapshot(string StageId, string StageName, double? Before, double? After, double? Delta);

/// <summary>An initiative whose status changed (null where it did not exist).</summary>
public sealed record StatusChangeSnapshot(string Title, string? Before, string? After);
