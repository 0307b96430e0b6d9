namespace TeamsJourney.Bot.Documents;

/// <summary>
/// A request to generate a workshop's documents and show progress on one card: the card sits in
/// <see cref="ConversationId"/> at <see cref="CardActivityId"/> and is updated in place until it shows the links.
/// </summary>
internal sealed record DocumentJob(
    string WorkshopId,
    Uri ServiceUrl,
    string ConversationId,
    string CardActivityId,
    string RequestedBy,
    Uri PublicBaseUrl,
    string? RequestedByName = null);
