namespace TeamsJourney.Workshops.Hosting;

/// <summary>Settings of the application layer, section "Workshops".</summary>
public sealed class WorkshopsOptions
{
    public const string SectionName = "Workshops";

    /// <summary>
    /// How many group and workshop states each instance keeps in memory (caught up from the store on use). Size it
    /// above the groups plus workshops that run at once: beyond it the least recently used are dropped and rebuilt.
    /// </summary>
    public int CachedStreams { get; set; } = Persistence.WorkshopRepository.DefaultMaxCachedEntries;

    /// <summary>
    /// How long (milliseconds) a conversation's binding and a workshop's settings that this instance read or wrote
    /// serve to route a turn and show its card without asking the store again. This instance's own writes show at
    /// once; another instance's within this time. Writes never decide on these reads. 0 asks the store every time.
    /// </summary>
    public int RecentReadMilliseconds { get; set; } = Persistence.WorkshopRepository.DefaultRecentReadMilliseconds;

    /// <summary>
    /// How often each instance looks for time boxes that are due (reminders and ends). Reminders come at most this
    /// late; the default keeps a "2 minutes left" reminder within a few seconds of its time.
    /// </summary>
    public int TimeBoxCheckSeconds { get; set; } = 5;
}
