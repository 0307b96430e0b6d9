using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>
/// An entity attached to an activity (mention, clientInfo, ...). Only the type is typed; the rest stays
/// in <see cref="ExtensionData"/> and typed views such as <see cref="AsMention"/> read from it.
/// </summary>
public sealed class Entity
{
    /// <summary>The entity type, e.g. <see cref="EntityTypes.Mention"/>.</summary>
    public string? Type { get; set; }

    /// <summary>Every other wire property, preserved.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Reads this entity as a mention, or returns null when it is not a well-formed mention.</summary>
    public Mention? AsMention()
    {
        if (!string.Equals(Type, EntityTypes.Mention, StringComparison.OrdinalIgnoreCase) || ExtensionData is null)
        {
            return null;
        }

        if (!ExtensionData.TryGetValue("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        ChannelAccount? account;
        try
        {
            account = mentioned.Deserialize(ActivityJsonContext.Default.ChannelAccount);
        }
        catch (JsonException)
        {
            // e.g. "mentioned": { "id": ["28:x"] }: not a mention we can match, so not a mention at all.
            return null;
        }

        var text = ExtensionData.TryGetValue("text", out var textElement) && textElement.ValueKind == JsonValueKind.String
            ? textElement.GetString()
            : null;
        return account is null ? null : new Mention(account, text);
    }
}
