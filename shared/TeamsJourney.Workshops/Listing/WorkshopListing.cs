using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Workshops.Listing;

/// <summary>A workshop as a list shows it: where it lives, its title, when it was made, and its groups.</summary>
public sealed record WorkshopListing(
    string WorkshopId,
    string Title,
    string TenantId,
    string? TeamId,
    string? ChannelId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<WorkshopGroup> Groups);
