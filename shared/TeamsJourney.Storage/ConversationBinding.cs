namespace TeamsJourney.Storage;

/// <summary>Which workshop stream a Teams conversation (or channel thread) belongs to, and where to reach it.</summary>
/// <param name="ConversationId">The Teams conversation id, for example <c>19:abc@thread.tacv2;messageid=1700000000000</c>; stored encoded, any characters allowed.</param>
/// <param name="WorkshopId">The workshop the conversation belongs to.</param>
/// <param name="StreamId">The stream (breakout group) the conversation drives.</param>
/// <param name="ServiceUrl">The Bot Framework service URL of the conversation, for proactive messages.</param>
/// <param name="CardActivityId">The activity id of the card to update in place, once one was sent.</param>
/// <param name="TenantId">The tenant of the conversation, when known.</param>
internal sealed record ConversationBinding(
    string ConversationId,
    string WorkshopId,
    string StreamId,
    string ServiceUrl,
    string? CardActivityId,
    string? TenantId);
