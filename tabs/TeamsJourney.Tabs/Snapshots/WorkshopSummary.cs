namespace TeamsJourney.Tabs.Snapshots;

/// <summary>A workshop in the tab's list (GET /api/tab/workshops).</summary>
public sealed record WorkshopSummary(
    string Id,
    string Title,
    string TenantId,
    string? TeamId,
    string? ChannelId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<GroupSummary> Groups);

/// <summary>A group in the workshop list.</summary>
public sealed record GroupSummary(string Id, string Name, string ScenarioId);
