using TeamsJourney.BotFramework.Connector;

namespace TeamsJourney.BotFramework.Tests.Support;

/// <summary>Hands out a fixed token, standing in for MSAL.</summary>
public sealed class StaticBotTokenProvider(string token) : IBotTokenProvider
{
    public bool IsAnonymous => false;

    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(token);
}
