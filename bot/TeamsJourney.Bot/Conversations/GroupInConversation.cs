using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Bot.Conversations;

/// <summary>The group a conversation holds: where its card is, and the workshop it belongs to.</summary>
internal sealed record GroupInConversation(ConversationBinding Binding, Workshop Workshop, string GroupId)
{
    public string WorkshopId => Workshop.Id;

    public string GroupName => Workshop.FindGroup(GroupId)?.Name ?? "Group";
}
