namespace TeamsJourney.Workshops.DataRights;

/// <summary>
/// The JSON form of an export (<c>workshop.json</c> in the zip): every item of every group with its provenance —
/// which group, who added it, fact or assumption and the source, when it was added and last changed — and the
/// second half (consolidation, initiatives, dots, action plan, versions) with every change that made it.
/// </summary>
internal sealed record ExportedWorkshop(
    string FormatVersion,
    DateTimeOffset ExportedAt,
    string ExportedBy,
    ExportedHeader Workshop,
    IReadOnlyList<ExportedGroup> Groups,
    ExportedPlenary Plenary,
    IReadOnlyList<AuditLine> AuditTrail);

internal sealed record ExportedHeader(
    string Id,
    string Title,
    string TenantId,
    string? TeamId,
    string? ChannelId,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Stakeholders,
    IReadOnlyList<string> Facilitators);

internal sealed record ExportedGroup(
    string Id,
    string Name,
    string ScenarioId,
    ExportedPersona? Persona,
    IReadOnlyList<ExportedStage> Stages,
    IReadOnlyList<ExportedItem> Items,
    IReadOnlyList<ExportedInitiative> Initiatives);

internal sealed record ExportedPersona(string? Name, string? LifeContext, IReadOnlyList<string> Goals, IReadOnlyList<string> Motivations, IReadOnlyList<string> Challenges);

internal sealed record ExportedStage(string Id, string Name, int? Emotion);

internal sealed record ExportedItem(
    string Id,
    string Group,
    string StageId,
    string Lane,
    string Text,
    string? Channel,
    string Evidence,
    string? Source,
    string AuthorId,
    string AuthorName,
    DateTimeOffset? AddedAt,
    DateTimeOffset? ChangedAt,
    string? ChangedBy,
    int Version);

internal sealed record ExportedInitiative(
    string Id,
    string Group,
    string Title,
    string? Description,
    IReadOnlyList<string> PainPointIds,
    int Votes,
    int? Impact,
    int? Effort,
    string ProposedById,
    string ProposedByName);

/// <summary>
/// The second half as it stands (the consolidated stages and clusters, the pooled initiatives with their dots,
/// ratings and action plan, the versions) and every change that made it, with who made it and when.
/// </summary>
internal sealed record ExportedPlenary(
    IReadOnlyList<ExportedWorkshopStage> Stages,
    IReadOnlyList<ExportedStageMapping> StageMappings,
    IReadOnlyList<ExportedCluster> Clusters,
    int DotsPerPerson,
    IReadOnlyList<ExportedPooledInitiative> Initiatives,
    IReadOnlyList<ExportedVersion> Versions,
    IReadOnlyList<ExportedChange> Changes);

internal sealed record ExportedWorkshopStage(string Id, string Name, int Order);

internal sealed record ExportedStageMapping(string GroupId, string GroupStageId, string WorkshopStageId);

/// <summary>A cluster of items; members are "group id/item id".</summary>
internal sealed record ExportedCluster(string Id, string Name, bool IsNamed, string StageId, string Lane, IReadOnlyList<string> Members);

/// <summary>A pooled initiative; members are "group id/initiative id", pain points "group id/item id".</summary>
internal sealed record ExportedPooledInitiative(
    string Id,
    string Title,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> PainPoints,
    IReadOnlyList<string> DotsBy,
    int? Impact,
    int? Effort,
    ExportedPlan? Plan);

internal sealed record ExportedPlan(string Owner, DateOnly DueDate, string? SuccessMeasure, string Status);

internal sealed record ExportedVersion(int Number, string Name, DateTimeOffset FrozenAt);

/// <summary>One stored change of the second half, exactly as stored: its kind, who and when, and its data.</summary>
internal sealed record ExportedChange(long Number, string Type, string? ActorId, DateTimeOffset OccurredAt, System.Text.Json.JsonElement Data);
