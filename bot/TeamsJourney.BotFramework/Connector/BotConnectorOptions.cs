namespace TeamsJourney.BotFramework.Connector;

/// <summary>Retry settings of the Connector HttpClient, bound from <c>Bot:Connector</c>.</summary>
public sealed class BotConnectorOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Bot:Connector";

    /// <summary>Retries after the first attempt for 429/412/502/504.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first backoff delay when the answer has no Retry-After (exponential with jitter after it).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait, including one asked for by Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
