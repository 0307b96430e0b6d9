namespace TeamsJourney.Tabs.Auth;

/// <summary>Turns the caller's SSO token into a Microsoft Graph token that acts for them.</summary>
public interface IGraphAccessToken
{
    /// <summary>A delegated Graph access token for <paramref name="caller"/>.</summary>
    Task<string> ForCallerAsync(TabCaller caller, CancellationToken cancellationToken = default);
}
