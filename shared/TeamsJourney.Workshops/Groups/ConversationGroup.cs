using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Workshops.Groups;

/// <summary>The group a conversation holds: the workshop it belongs to, its id, and where its card is.</summary>
public sealed record ConversationGroup(Workshop Workshop, string GroupId, GroupConversation Conversation)
{
    /// <summary>The workshop's id.</summary>
    public string WorkshopId => Workshop.Id;

    /// <summary>The group's name as the workshop lists it.</summary>
    public string GroupName => Workshop.FindGroup(GroupId)?.Name ?? "Group";
}
