namespace TeamsJourney.Bot.Hosting.Security;

/// <summary>
/// The "Host" section's security switches. The host is secure by default: bot and tab sign-in must be configured,
/// unless <see cref="AllowAnonymousLocalMode"/> is set, which only the Development environment accepts.
/// </summary>
internal sealed class HostSecurityOptions
{
    public const string SectionName = "Host";

    /// <summary>
    /// Development only: where Bot:AppId or TabAuth:ClientId is missing, unsigned bot requests (outbound calls to
    /// loopback only) and the tab's "local developer" sign-in stand in. Logged as a warning at every start.
    /// </summary>
    public bool AllowAnonymousLocalMode { get; set; }
}
