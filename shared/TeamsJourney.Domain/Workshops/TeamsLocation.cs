using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Workshops;

/// <summary>Where in Microsoft Teams a workshop lives: always a tenant, optionally a team and channel.</summary>
public sealed record TeamsLocation
{
    /// <summary>Creates a location; a channel needs its team.</summary>
    public TeamsLocation(string tenantId, string? teamId = null, string? channelId = null)
    {
        TenantId = Identifier.Require(tenantId, "tenant id");
        TeamId = teamId is null ? null : Identifier.Require(teamId, "team id");
        ChannelId = channelId is null ? null : Identifier.Require(channelId, "channel id");
        if (ChannelId is not null && TeamId is null)
        {
            throw new DomainValidationException("team id", "A channel location needs the id of the team that holds it.");
        }
    }

    /// <summary>The Microsoft Entra tenant id.</summary>
    public string TenantId { get; }

    /// <summary>The team id when the workshop runs in a team.</summary>
    public string? TeamId { get; }

    /// <summary>The channel id when the workshop runs in a channel.</summary>
    public string? ChannelId { get; }
}
