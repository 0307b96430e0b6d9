namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// Where a workshop's documents belong: always the workshop, and for a workshop run in a Teams channel also that
/// channel, whose Files tab is where SharePoint publishing puts them.
/// </summary>
public sealed record PublishDestination
{
    /// <summary>Creates a destination; <paramref name="teamId"/> and <paramref name="channelId"/> come together or not at all.</summary>
    /// <exception cref="ArgumentException">The workshop id is blank, or only one of team and channel is given.</exception>
    public PublishDestination(string workshopId, string? teamId = null, string? channelId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workshopId);
        if (string.IsNullOrWhiteSpace(teamId) != string.IsNullOrWhiteSpace(channelId))
        {
            throw new ArgumentException(
                "A Teams destination needs both the team id and the channel id (or neither for a workshop outside a channel).",
                string.IsNullOrWhiteSpace(teamId) ? nameof(teamId) : nameof(channelId));
        }

        WorkshopId = workshopId;
        TeamId = string.IsNullOrWhiteSpace(teamId) ? null : teamId;
        ChannelId = string.IsNullOrWhiteSpace(channelId) ? null : channelId;
    }

    /// <summary>The workshop the documents were generated for.</summary>
    public string WorkshopId { get; }

    /// <summary>The Teams team (the Microsoft 365 group id), when the workshop runs in a channel.</summary>
    public string? TeamId { get; }

    /// <summary>The Teams channel id (e.g. <c>19:...@thread.tacv2</c>), when the workshop runs in a channel.</summary>
    public string? ChannelId { get; }

    /// <summary>True when the destination names a Teams channel.</summary>
    public bool IsTeamsChannel => TeamId is not null && ChannelId is not null;

    /// <summary>A destination in a Teams channel.</summary>
    public static PublishDestination ForChannel(string workshopId, string teamId, string channelId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        return new PublishDestination(workshopId, teamId, channelId);
    }
}
