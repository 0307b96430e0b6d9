namespace TeamsJourney.Storage.Workshops;

/// <summary>Names of the streams inside one workshop partition.</summary>
public static class WorkshopStreams
{
    /// <summary>Snapshots of the workshop aggregate (title, objectives, groups, facilitators).</summary>
    public const string Workshop = "workshop";

    /// <summary>Custom scenario scripts loaded by a facilitator.</summary>
    public const string Scenarios = "scenarios";

    /// <summary>The stream of one breakout group's events.</summary>
    public static string ForGroup(string groupId) => $"group-{groupId}";
}
