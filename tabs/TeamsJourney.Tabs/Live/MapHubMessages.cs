namespace TeamsJourney.Tabs.Live;

/// <summary>The names of the messages the hub sends to clients.</summary>
public static class MapHubMessages
{
    public const string GroupChanged = "groupChanged";
    public const string Presence = "presence";
    public const string ConflictResolved = "conflictResolved";
    public const string DocumentsProgress = "documentsProgress";
    public const string PlenaryChanged = "plenaryChanged";

    /// <summary>A workshop's progress after a facilitator action or a time box (the console's live view).</summary>
    public const string Progress = "progress";

    /// <summary>The workshop was deleted (argument: its id); the map it showed no longer exists.</summary>
    public const string WorkshopDeleted = "workshopDeleted";

    /// <summary>The SignalR group that holds every connection looking at a workshop.</summary>
    public static string GroupFor(string workshopId) => $"workshop:{workshopId}";
}

/// <summary>The "conflictResolved" message.</summary>
public sealed record ConflictResolvedMessage(string ItemId, string Winner, string Field);
