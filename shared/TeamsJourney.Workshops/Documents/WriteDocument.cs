using TeamsJourney.Documents.Generation;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Documents;

/// <summary>
/// Writes one of a workshop's documents from every group's current map and hands back the bytes, publishing
/// nothing: the Office add-in inserts them into the open presentation or document. A query: nothing is stored.
/// </summary>
public sealed class WriteDocument
{
    private readonly WorkshopRepository _repository;
    private readonly WorkshopDocuments _documents;
    private readonly DocumentPlenary _plenary;

    internal WriteDocument(WorkshopRepository repository, WorkshopDocuments documents, DocumentPlenary plenary)
    {
        _repository = repository;
        _documents = documents;
        _plenary = plenary;
    }

    /// <summary>The deck or the report of the workshop; null when the workshop does not exist.</summary>
    public async Task<WrittenDocument?> WriteAsync(string workshopId, DocumentKind kind, CancellationToken cancellationToken = default)
    {
        var stored = await _repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var sessions = await _repository.LoadGroupsAsync(stored.Workshop, cancellationToken);
        var plenary = await _plenary.ReadAsync(workshopId, cancellationToken);
        return await _documents.WriteAsync(stored.Workshop, sessions, plenary, kind, cancellationToken);
    }
}
