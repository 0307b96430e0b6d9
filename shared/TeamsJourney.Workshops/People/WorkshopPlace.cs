namespace TeamsJourney.Workshops.People;

/// <summary>Where in Teams a workshop lives: its id (chosen by the host from the Teams ids) and the Teams place.</summary>
/// <param name="WorkshopId">The workshop's id.</param>
/// <param name="TenantId">The Entra tenant.</param>
/// <param name="TeamId">The team, when the workshop lives in a channel.</param>
/// <param name="ChannelId">The channel, when the workshop lives in a channel.</param>
/// <param name="ChannelName">The channel's display name, for the workshop's title.</param>
public sealed record WorkshopPlace(string WorkshopId, string TenantId, string? TeamId = null, string? ChannelId = null, string? ChannelName = null);
