namespace TeamsJourney.Workshops.Groups;

/// <summary>The Teams conversation (channel thread or chat) a group works in, and its live card message.</summary>
/// <param name="ConversationId">The Teams conversation id.</param>
/// <param name="ServiceUrl">Where to reach the conversation for proactive messages.</param>
/// <param name="CardActivityId">The group's card message, once one was posted.</param>
/// <param name="TenantId">The conversation's tenant, when known.</param>
public sealed record GroupConversation(string ConversationId, string ServiceUrl, string? CardActivityId, string? TenantId);
