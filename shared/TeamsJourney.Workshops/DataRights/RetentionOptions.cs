namespace TeamsJourney.Workshops.DataRights;

/// <summary>How long workshops are kept (part of section "Workshops").</summary>
public sealed class RetentionOptions
{
    /// <summary>
    /// Days after its creation a workshop is deleted, with its documents (Workshops:RetentionDays). Null or 0: kept
    /// until a facilitator deletes it.
    /// </summary>
    public int? RetentionDays { get; set; }

    /// <summary>
    /// Days a workshop is kept after the app was removed from its team (Workshops:UninstalledRetentionDays); 0 deletes it
    /// at the next sweep. Adding the app back before then keeps it.
    /// </summary>
    public int UninstalledRetentionDays { get; set; } = 30;

    /// <summary>Minutes between retention sweeps (Workshops:RetentionSweepMinutes).</summary>
    public int RetentionSweepMinutes { get; set; } = 60;
}
