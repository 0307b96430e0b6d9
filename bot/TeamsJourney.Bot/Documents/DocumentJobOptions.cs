namespace TeamsJourney.Bot.Documents;

/// <summary>Section "DocumentJobs": when a recorded document job counts as orphaned by a stopped host.</summary>
internal sealed class DocumentJobOptions
{
    public const string SectionName = "DocumentJobs";

    /// <summary>Seconds between recovery sweeps.</summary>
    public int SweepSeconds { get; set; } = 30;

    /// <summary>
    /// Seconds after its newest fact a job no process holds counts as orphaned. A generation takes seconds; the margin
    /// leaves a job another instance just took alone.
    /// </summary>
    public int StaleAfterSeconds { get; set; } = 60;
}
