using System.Buffers.Text;
using System.Text.Json;
using TeamsJourney.Workshops.Maps;

namespace TeamsJourney.Tabs.Snapshots;

/// <summary>
/// The wire form of a <see cref="MapPosition"/>: base64url of a JSON object of group id -> version. Opaque to clients
/// (they send back what they were given), readable when debugging. A workshop has no single number that says which
/// groups changed since (that would need a row every group's writes meet on), so the catch-up token carries them all.
/// </summary>
public static class PositionToken
{
    /// <summary>Longer tokens are refused: far more than the groups of any workshop (60 groups are ~2 KB).</summary>
    public const int MaxLength = 16_384;

    /// <summary>The token of a position.</summary>
    public static string Format(MapPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var ordered = position.GroupVersions.OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(ordered));
    }

    /// <summary>Reads a token; false (position null) when it is not one this server gave out.</summary>
    public static bool TryParse(string? token, out MapPosition? position)
    {
        position = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength || !Base64Url.IsValid(token))
        {
            return false;
        }

        try
        {
            var versions = JsonSerializer.Deserialize<Dictionary<string, long>>(Base64Url.DecodeFromChars(token));
            if (versions is null || versions.Values.Any(v => v < 0))
            {
                return false;
            }

            position = new MapPosition(new Dictionary<string, long>(versions, StringComparer.Ordinal));
            return true;
        }
        catch (JsonException)
        {
            // Not JSON, or not an object of numbers: not a token of ours.
            return false;
        }
    }
}
