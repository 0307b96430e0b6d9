namespace TeamsJourney.Workshops.Persistence;

/// <summary>Names of the streams inside one workshop partition.</summary>
internal static class WorkshopStreams
{
    /// <summary>Snapshots of the workshop aggregate (title, objectives, groups, facilitators).</summary>
    public const string Workshop = "workshop";

    /// <summary>Custom scenario scripts loaded by a facilitator.</summary>
    public const string Scenarios = "scenarios";

    /// <summary>Retention facts: when the app was removed from (or added back to) the workshop's team.</summary>
    public const string Retention = "retention";

    /// <summary>Document generation jobs: queued, started, finished or failed, so a restart resumes or reports them.</summary>
    public const string DocumentJobs = "document-jobs";

    /// <summary>The facilitator's depth settings (workshop depth, group depths, blueprint lanes), one snapshot per change.</summary>
    public const string DepthSettings = "depth";

    /// <summary>The second half: consolidation, pooled initiatives, the action plan and frozen versions.</summary>
    public const string Plenary = "plenary";

    private const string GroupPrefix = "group-";

    /// <summary>The stream of one breakout group's events.</summary>
    public static string ForGroup(string groupId) => GroupPrefix + groupId;

    /// <summary>The group a stream belongs to, or null for the workshop's own streams.</summary>
    public static string? GroupIdOf(string streamId) =>
        streamId.StartsWith(GroupPrefix, StringComparison.Ordinal) ? streamId[GroupPrefix.Length..] : null;
}
