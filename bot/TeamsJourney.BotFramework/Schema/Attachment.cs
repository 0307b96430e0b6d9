using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>An attachment, such as an Adaptive Card.</summary>
public sealed class Attachment
{
    /// <summary>The MIME type, e.g. <see cref="AttachmentContentTypes.AdaptiveCard"/>.</summary>
    public string? ContentType { get; set; }

    /// <summary>The inline content (the card JSON for Adaptive Cards).</summary>
    public JsonNode? Content { get; set; }

    /// <summary>A link to the content, for file-like attachments.</summary>
    public string? ContentUrl { get; set; }

    /// <summary>An optional name.</summary>
    public string? Name { get; set; }

    /// <summary>Every other wire property, preserved.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
