using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Generation;

/// <summary>Where a workshop's two documents were published.</summary>
/// <param name="Deck">The PowerPoint deck (journey maps, blueprints, initiatives).</param>
/// <param name="Report">The Word report.</param>
public sealed record GeneratedDocuments(PublishedDocument Deck, PublishedDocument Report)
{
    /// <summary>Every file to offer: the deck and the report, then their PDF copies for people without Office (when made).</summary>
    public IReadOnlyList<PublishedDocument> Files => [Deck, Report, .. new[] { Deck.PdfCopy, Report.PdfCopy }.OfType<PublishedDocument>()];
}
