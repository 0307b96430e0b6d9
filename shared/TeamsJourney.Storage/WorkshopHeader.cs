namespace TeamsJourney.Storage;

/// <summary>The identity of a workshop and where in Teams it was started.</summary>
/// <param name="WorkshopId">Id chosen by the caller; a raw storage key (no / \ # ? or control characters, at most 256 characters).</param>
/// <param name="TenantId">The Microsoft Entra tenant that owns the workshop.</param>
/// <param name="TeamId">The team the workshop belongs to, when it was started in a team.</param>
/// <param name="ChannelId">The channel the workshop belongs to, when it was started in a channel.</param>
/// <param name="Title">The title shown to participants.</param>
/// <param name="CreatedAt">When the workshop was created.</param>
internal sealed record WorkshopHeader(
    string WorkshopId,
    string TenantId,
    string? TeamId,
    string? ChannelId,
    string Title,
    DateTimeOffset CreatedAt);
