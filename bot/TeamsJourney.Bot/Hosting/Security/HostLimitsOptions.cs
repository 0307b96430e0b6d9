namespace TeamsJourney.Bot.Hosting.Security;

/// <summary>
/// The "Host:Limits" section: request body caps and per-caller rate limits. The defaults stop floods and oversized
/// bodies yet sit far above what a workshop (or the benchmarks' 2,000 card turns/s from 300 people) needs.
/// </summary>
internal sealed class HostLimitsOptions
{
    public const string SectionName = "Host:Limits";

    /// <summary>Any request body (Kestrel's own cap; its default is 30 MB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>A tab API body (an edit is a few KB of JSON).</summary>
    public long TabApiBodyBytes { get; set; } = 64 * 1024;

    /// <summary>A body on the hub's HTTP transports, and the largest SignalR message the hub accepts.</summary>
    public long HubMessageBytes { get; set; } = 32 * 1024;

    /// <summary>Tab API and hub requests one signed-in person may make per second, sustained...</summary>
    public int TabRequestsPerSecondPerUser { get; set; } = 50;

    /// <summary>...and in a burst.</summary>
    public int TabBurstPerUser { get; set; } = 300;

    /// <summary>Document downloads per second from one person (or one address when no one is signed in), sustained...</summary>
    public int DownloadsPerSecondPerCaller { get; set; } = 5;

    /// <summary>...and in a burst.</summary>
    public int DownloadBurstPerCaller { get; set; } = 60;
}
