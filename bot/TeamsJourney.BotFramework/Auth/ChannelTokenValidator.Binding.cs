using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Auth;

public sealed partial class ChannelTokenValidator
{
    private const string ServiceUrlClaim = "serviceurl";
    private const string EndorsementsMember = "endorsements";

    /// <summary>
    /// A channel token names the serviceUrl it was issued for; an activity asking us to answer elsewhere is refused,
    /// so a stolen token cannot steer the bot's replies (and its outbound token) to another host.
    /// </summary>
    private static string? CheckServiceUrl(JsonWebToken token, Activity activity, TokenRoute route)
    {
        var hasClaim = token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) && !string.IsNullOrEmpty(claimed);
        if (!hasClaim)
        {
            return route.IsChannelToken ? "The channel token has no serviceurl claim." : null;
        }

        return SameServiceUrl(claimed!, activity.ServiceUrl)
            ? null
            : "The token's serviceurl claim does not match the activity's serviceUrl.";
    }

    private static bool SameServiceUrl(string claimed, string? actual) =>
        actual is not null
        && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Bot Framework keys list the channels they may sign for. A channel token must be signed by a key that lists
    /// the activity's channel: a key with no endorsements is not trusted for any channel (fail closed), so a key
    /// published for another purpose cannot sign Teams activities.
    /// </summary>
    private static string? CheckEndorsement(OpenIdConnectConfiguration configuration, string? keyId, string? channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(candidate => candidate.Kid == keyId);
        if (key is null || !key.AdditionalData.TryGetValue(EndorsementsMember, out var raw) || raw is null)
        {
            return $"The signing key has no endorsements, so it is not trusted for channel '{channelId}'.";
        }

        var endorsements = ReadEndorsements(raw);
        return !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"The signing key is not endorsed for channel '{channelId}'.";
    }

    // The key set reader keeps unknown members as JSON elements or CLR lists depending on its version.
    private static IReadOnlyList<string> ReadEndorsements(object raw) => raw switch
    {
        string single => [single],
        JsonElement { ValueKind: JsonValueKind.Array } array =>
            [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        JsonElement { ValueKind: JsonValueKind.String } text => [text.GetString()!],
        IEnumerable items => [.. items.Cast<object?>().Select(item => item?.ToString()).OfType<string>()],
        _ => [],
    };
}
