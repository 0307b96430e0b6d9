using TeamsJourney.Documents.Generation;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Documents;

/// <summary>Who may ask for a workshop's documents from a conversation.</summary>
public enum DocumentsPermission
{
    /// <summary>The person is one of the workshop's facilitators.</summary>
    Allowed,

    /// <summary>There is no workshop there yet.</summary>
    NoWorkshop,

    /// <summary>Only facilitators generate documents.</summary>
    NotFacilitator,
}

/// <summary>Writes a workshop's deck and report from every group's map and publishes them.</summary>
public sealed class GenerateDocuments
{
    private readonly WorkshopRepository _repository;
    private readonly WorkshopDocuments _documents;
    private readonly DocumentGenerationGate _gate;

    internal GenerateDocuments(WorkshopRepository repository, WorkshopDocuments documents, DocumentGenerationGate gate)
    {
        _repository = repository;
        _documents = documents;
        _gate = gate;
    }

    /// <summary>Whether <paramref name="userId"/> may generate the documents of the workshop, and its title when it exists.</summary>
    public async Task<(DocumentsPermission Permission, string? Title)> CheckAsync(string workshopId, string userId, CancellationToken cancellationToken = default)
    {
        var stored = await _repository.LoadWorkshopAsync(workshopId, cancellationToken);
        return stored is null ? (DocumentsPermission.NoWorkshop, null)
            : stored.Workshop.IsFacilitator(userId) ? (DocumentsPermission.Allowed, stored.Workshop.Title)
            : (DocumentsPermission.NotFacilitator, stored.Workshop.Title);
    }

    /// <summary>
    /// Generates and publishes the documents, reporting each step to <paramref name="progress"/>; null when the
    /// workshop does not exist. The workshop itself is never changed by a generation, failed or not.
    /// </summary>
    /// <exception cref="TeamsJourney.Documents.Publishing.DocumentPublishException">The publisher refused or lost a file.</exception>
    /// <exception cref="DocumentGenerationThrottledException">A generation of this workshop runs, or started too recently.</exception>
    public async Task<GeneratedDocuments?> GenerateAsync(string workshopId, IProgress<DocumentProgress>? progress, CancellationToken cancellationToken = default)
    {
        var stored = await _repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        using var generation = _gate.Enter(workshopId);
        var sessions = await _repository.LoadGroupsAsync(stored.Workshop, cancellationToken);
        return await _documents.GenerateAsync(stored.Workshop, sessions, progress, cancellationToken);
    }
}
