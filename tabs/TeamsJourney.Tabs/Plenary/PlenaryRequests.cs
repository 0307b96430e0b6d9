namespace TeamsJourney.Tabs.Plenary;

/// <summary>A note across the workshop: its group and its id on that group's map.</summary>
public sealed record ItemReference(string? GroupId, string? ItemId);

/// <summary>An initiative across the workshop: its group and its id on that group's map.</summary>
public sealed record InitiativeReference(string? GroupId, string? InitiativeId);

/// <summary>POST .../plenary/clusters: "merge", "split", "rename" (with a name) or "undo".</summary>
public sealed record ClusterRequest(string? Action, IReadOnlyList<ItemReference>? Items, string? Name);

/// <summary>POST .../plenary/stages: line a group's stage up with a workshop stage.</summary>
public sealed record StageMappingRequest(string? GroupId, string? GroupStageId, string? WorkshopStageId);

/// <summary>
/// POST .../plenary/initiatives: "merge", "undoMerge", "retitle" (title), "dot", "undot", "rate" (impact, effort),
/// "link" (painPoints), "agree" (owner, dueDate, successMeasure) or "status" (status).
/// </summary>
public sealed record InitiativeRequest(
    string? Action,
    IReadOnlyList<InitiativeReference>? Initiatives,
    string? Title = null,
    int? Impact = null,
    int? Effort = null,
    IReadOnlyList<ItemReference>? PainPoints = null,
    string? Owner = null,
    DateOnly? DueDate = null,
    string? SuccessMeasure = null,
    string? Status = null);

/// <summary>POST .../plenary/dots: how many workshop-wide dots each person has.</summary>
public sealed record DotsRequest(int? DotsPerPerson);

/// <summary>POST .../plenary/versions: freeze the workshop under a name.</summary>
public sealed record VersionRequest(string? Name);
