namespace TeamsJourney.BotFramework.Hosting;

/// <summary>The bot endpoint's fixed limits, for a host that caps request bodies before they reach it.</summary>
public static class BotEndpointLimits
{
    /// <summary>The largest activity body accepted (Teams itself refuses messages over ~100 KB).</summary>
    public const int MaxBodyBytes = BotEndpoint.MaxBodyBytes;
}
