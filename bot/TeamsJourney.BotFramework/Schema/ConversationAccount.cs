using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>The conversation id; for a channel thread <c>19:...@thread.tacv2;messageid=&lt;root&gt;</c>.</summary>
    public string? Id { get; set; }

    /// <summary>One of <see cref="ConversationTypes"/>.</summary>
    public string? ConversationType { get; set; }

    /// <summary>The Microsoft Entra tenant of the conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary>Whether the conversation has more than two participants.</summary>
    public bool? IsGroup { get; set; }

    /// <summary>The conversation's display name, when the channel gives one.</summary>
    public string? Name { get; set; }

    /// <summary>Every other wire property, preserved.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
