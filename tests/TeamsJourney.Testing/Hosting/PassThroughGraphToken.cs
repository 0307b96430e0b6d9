using TeamsJourney.Tabs.Auth;

namespace TeamsJourney.Testing.Hosting;

/// <summary>
/// Replaces the on-behalf-of exchange (Entra is out of reach here): the local Graph is called with the
/// caller's SSO token itself, so it still learns who is asking.
/// </summary>
internal sealed class PassThroughGraphToken : IGraphAccessToken
{
    public Task<string> ForCallerAsync(TabCaller caller, CancellationToken cancellationToken = default) =>
        Task.FromResult(caller.AccessToken ?? throw new InvalidOperationException("The caller has no SSO token to pass through."));
}
