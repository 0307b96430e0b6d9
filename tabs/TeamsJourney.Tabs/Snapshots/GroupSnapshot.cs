namespace TeamsJourney.Tabs.Snapshots;

/// <summary>
/// One group's journey map and blueprint as the tab draws it, at <see cref="GroupVersion"/>: the group's own stream
/// version (0 before it starts), raised by each stored change of this group and no other; "groupChanged" deltas start
/// from and lead to it.
/// </summary>
public sealed record GroupSnapshot(
    string GroupId,
    string Name,
    string ScenarioId,
    string ScenarioTitle,
    string StepTitle,
    bool IsStarted,
    bool IsFinished,
    bool IsPaused,
    PersonaSnapshot Persona,
    IReadOnlyList<StageSnapshot> Stages,
    IReadOnlyList<ItemSnapshot> Items,
    IReadOnlyList<InitiativeSnapshot> Initiatives,
    long GroupVersion);

/// <summary>A group's name, scenario, current step and state (what moving on, pausing or finishing changes).</summary>
public sealed record GroupHeaderSnapshot(
    string Name,
    string ScenarioId,
    string ScenarioTitle,
    string StepTitle,
    bool IsStarted,
    bool IsFinished,
    bool IsPaused);

/// <summary>The persona header.</summary>
public sealed record PersonaSnapshot(
    string? Name,
    IReadOnlyList<string> Goals,
    IReadOnlyList<string> Motivations,
    IReadOnlyList<string> Challenges,
    string? LifeContext);

/// <summary>A stage (column); emotion -2..+2 once scored.</summary>
public sealed record StageSnapshot(string Id, string Name, int Order, int? Emotion);

/// <summary>A sticky note.</summary>
public sealed record ItemSnapshot(
    string Id,
    string StageId,
    string Lane,
    string Text,
    string? Channel,
    EvidenceSnapshot? Evidence,
    string AuthorName,
    int Version);

/// <summary>Fact or assumption, and where it comes from.</summary>
public sealed record EvidenceSnapshot(string Kind, string? Source);

/// <summary>An initiative with its dots; <see cref="HasMyVote"/> is for the viewer (false in broadcasts: use <see cref="VoterIds"/>).</summary>
public sealed record InitiativeSnapshot(
    string Id,
    string Title,
    string? Description,
    IReadOnlyList<string> PainPointIds,
    int Votes,
    bool HasMyVote,
    IReadOnlyList<string> VoterIds,
    int? Impact,
    int? Effort);
