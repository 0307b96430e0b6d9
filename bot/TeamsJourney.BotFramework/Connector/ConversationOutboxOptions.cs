namespace TeamsJourney.BotFramework.Connector;

/// <summary>
/// Limits and timing of the per-thread <see cref="ConversationOutbox"/>, bound from <c>Bot:Outbox</c>. The defaults are
/// Teams' documented limits for one bot in one thread: 7 messages a second and 60 in 30 seconds.
/// </summary>
public sealed class ConversationOutboxOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Bot:Outbox";

    /// <summary>Sends (posts, replies and updates) one thread may get in any second.</summary>
    public int SendsPerSecond { get; set; } = 7;

    /// <summary>Sends one thread may get in any 30 seconds.</summary>
    public int SendsPerThirtySeconds { get; set; } = 60;

    /// <summary>
    /// How long a queued card update waits for later changes before it is sent: every change in the window is
    /// one update showing the newest state.
    /// </summary>
    public TimeSpan CoalesceWindow { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a thread waits after a 429 that came without Retry-After.</summary>
    public TimeSpan DefaultThrottleWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times a queued card update is tried when the Connector keeps answering 429.</summary>
    public int MaxUpdateAttempts { get; set; } = 3;
}
