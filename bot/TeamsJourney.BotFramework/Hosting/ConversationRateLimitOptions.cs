namespace TeamsJourney.BotFramework.Hosting;

/// <summary>
/// The <c>Bot:RateLimit</c> section: how many activities one conversation may send per second. A Teams thread of a
/// few people sends a handful a second; the defaults only stop a runaway client or a replay flood, and stay above the
/// turns benchmark's closed loop (30 participants in 6 threads press ~120 times a second per thread).
/// </summary>
public sealed class ConversationRateLimitOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Bot:RateLimit";

    /// <summary>Activities per second one conversation may send, sustained.</summary>
    public int PermitsPerSecondPerConversation { get; set; } = 200;

    /// <summary>Activities one conversation may send in a burst.</summary>
    public int BurstPerConversation { get; set; } = 400;
}
