namespace TeamsJourney.BotFramework.Connector;

/// <summary>Local development without an app id: no token at all.</summary>
public sealed class AnonymousBotTokenProvider : IBotTokenProvider
{
    /// <inheritdoc />
    public bool IsAnonymous => true;

    /// <inheritdoc />
    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
