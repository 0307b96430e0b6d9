using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>The Teams shape of <see cref="Activity.ChannelData"/>; only the members the bot reads are typed.</summary>
public sealed class TeamsChannelData
{
    /// <summary>The tenant the activity came from.</summary>
    public TeamsTenantInfo? Tenant { get; set; }

    /// <summary>The team, for channel conversations.</summary>
    public TeamsTeamInfo? Team { get; set; }

    /// <summary>The channel, for channel conversations.</summary>
    public TeamsChannelInfo? Channel { get; set; }

    /// <summary>The meeting, for meeting chats.</summary>
    public TeamsMeetingInfo? Meeting { get; set; }

    /// <summary>The conversationUpdate event type, e.g. <c>teamMemberAdded</c> or <c>channelCreated</c>.</summary>
    public string? EventType { get; set; }

    /// <summary>Every other wire property, preserved.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>The <c>tenant</c> member of Teams channel data.</summary>
public sealed class TeamsTenantInfo
{
    /// <summary>The Microsoft Entra tenant id.</summary>
    public string? Id { get; set; }
}

/// <summary>The <c>team</c> member of Teams channel data.</summary>
public sealed class TeamsTeamInfo
{
    /// <summary>The team's conversation id (<c>19:...</c>).</summary>
    public string? Id { get; set; }

    /// <summary>The team's name.</summary>
    public string? Name { get; set; }

    /// <summary>The Microsoft Entra group id of the team.</summary>
    public string? AadGroupId { get; set; }
}

/// <summary>The <c>channel</c> member of Teams channel data.</summary>
public sealed class TeamsChannelInfo
{
    /// <summary>The channel id (<c>19:...@thread.tacv2</c>).</summary>
    public string? Id { get; set; }

    /// <summary>The channel's name.</summary>
    public string? Name { get; set; }
}

/// <summary>The <c>meeting</c> member of Teams channel data.</summary>
public sealed class TeamsMeetingInfo
{
    /// <summary>The meeting id.</summary>
    public string? Id { get; set; }
}
