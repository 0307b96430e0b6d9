namespace TeamsJourney.Workshops.DataRights;

/// <summary>The actions an audit trail records.</summary>
public static class AuditActions
{
    public const string Exported = "exported";
    public const string Deleted = "deleted";
    public const string DocumentsGenerated = "documents-generated";
    public const string PurgedByRetention = "purged-by-retention";
    public const string AppRemovedFromTeam = "app-removed-from-team";

    /// <summary>The actor id of what the host does on its own (the retention sweep).</summary>
    public const string SystemActor = "system";
}
