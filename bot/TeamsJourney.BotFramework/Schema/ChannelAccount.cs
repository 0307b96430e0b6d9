using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount
{
    /// <summary>The channel-specific id (in Teams <c>29:...</c> for users, <c>28:...</c> for bots).</summary>
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    public string? Name { get; set; }

    /// <summary>The Microsoft Entra object id of a user.</summary>
    public string? AadObjectId { get; set; }

    /// <summary>Every other wire property, preserved.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
