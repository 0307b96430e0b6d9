using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Auth;

/// <summary>Decides whether an inbound activity really comes from a trusted channel.</summary>
public interface IChannelTokenValidator
{
    /// <summary>
    /// Validates the request's <c>Authorization</c> header against the activity it carries
    /// (service URL and channel id are bound into the token).
    /// </summary>
    Task<ChannelAuthResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default);
}
