using TeamsJourney.Workshops.Documents;

namespace TeamsJourney.Bot.Documents;

/// <summary>
/// A request to generate a workshop's documents and show progress on one card: the card sits in
/// <see cref="ConversationId"/> at <see cref="CardActivityId"/> and is updated in place until it shows the links.
/// </summary>
internal sealed record DocumentJob(
    string JobId,
    string WorkshopId,
    Uri ServiceUrl,
    string ConversationId,
    string CardActivityId,
    string RequestedBy,
    Uri PublicBaseUrl,
    string? RequestedByName = null)
{
    /// <summary>The job as the store keeps it.</summary>
    public DocumentJobRecord ToRecord() => new(
        JobId, WorkshopId, ServiceUrl.ToString(), ConversationId, CardActivityId, RequestedBy, RequestedByName ?? RequestedBy, PublicBaseUrl.ToString());

    /// <summary>A stored job, to run again after a restart.</summary>
    public static DocumentJob From(DocumentJobRecord record) => new(
        record.JobId, record.WorkshopId, new Uri(record.ServiceUrl), record.ConversationId, record.CardActivityId, record.RequestedBy, new Uri(record.PublicBaseUrl), record.RequestedByName);
}
