namespace TeamsJourney.Documents.Publishing;

/// <summary>Stores a generated document where workshop participants can open it and says where it landed.</summary>
public interface IDocumentPublisher
{
    /// <summary>
    /// Stores <paramref name="document"/> under its cleaned-up name (<see cref="PublishedDocument.FileName"/>). A
    /// regeneration replaces the previous file of that name; stores with versions (SharePoint) keep it as a version.
    /// </summary>
    /// <exception cref="DocumentPublishException">The destination refused or lost the document.</exception>
    Task<PublishedDocument> PublishAsync(DocumentToPublish document, CancellationToken ct = default);
}
