namespace TeamsJourney.Workshops.Groups;

/// <summary>
/// A command reached a group that is added to its workshop (and perhaps bound to its conversation) but has no
/// stored start: its start is still being saved, or stopped half way. Nothing was stored; the same request can be
/// sent again in a moment, or the group started again. Hosts map it once: the tab to 409 problem details, the bot
/// to a friendly card.
/// </summary>
public sealed class GroupNotStartedException : Exception
{
    public GroupNotStartedException()
        : this(string.Empty, string.Empty)
    {
    }

    public GroupNotStartedException(string workshopId, string groupId)
        : base($"Group '{groupId}' of workshop '{workshopId}' has not started yet.")
    {
        WorkshopId = workshopId;
        GroupId = groupId;
    }

    /// <summary>The workshop.</summary>
    public string WorkshopId { get; } = string.Empty;

    /// <summary>The group that has not started.</summary>
    public string GroupId { get; } = string.Empty;
}
