namespace TeamsJourney.Workshops.DataRights;

/// <summary>
/// The JSON form of an export (<c>workshop.json</c> in the zip): every item of every group with its provenance —
/// which group, who added it, fact or assumption and the source, when it was added and last changed.
/// </summary>
internal sealed record ExportedWorkshop(
    string FormatVersion,
    DateTimeOffset ExportedAt,
    string ExportedBy,
    ExportedHeader Workshop,
    IReadOnlyList<ExportedGroup> Groups,
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
