using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Generation;

/// <summary>Where a workshop's two documents were published.</summary>
/// <param name="Deck">The PowerPoint deck (journey maps, blueprints, initiatives).</param>
/// <param name="Report">The Word report.</param>
public sealed record GeneratedDocuments(PublishedDocument Deck, PublishedDocument Report);
