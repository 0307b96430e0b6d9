namespace TeamsJourney.BotFramework.Connector;

/// <summary>Supplies the bearer token for outbound Connector calls.</summary>
public interface IBotTokenProvider
{
    /// <summary>Whether no identity is configured: calls go without a token, and only to loopback service URLs.</summary>
    bool IsAnonymous { get; }

    /// <summary>An access token for the Connector; null when <see cref="IsAnonymous"/>.</summary>
    Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default);
}
