namespace TeamsJourney.Documents.Publishing;

/// <summary>Stores a generated document where workshop participants can open it and says where it landed.</summary>
public interface IDocumentPublisher
{
    /// <summary>
    /// Stores <paramref name="document"/>. A name that is already taken is never overwritten: the document is stored
    /// under a free name instead, which <see cref="PublishedDocument.FileName"/> reports.
    /// </summary>
    /// <exception cref="DocumentPublishException">The destination refused or lost the document.</exception>
    Task<PublishedDocument> PublishAsync(DocumentToPublish document, CancellationToken ct = default);
}
