using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.People;
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

/// <summary>Writes a workshop's deck and report, opening with the second half (consolidated map, pooled initiatives, what changed) and followed by every group's own map, and publishes them.</summary>
public sealed class GenerateDocuments
{
    private readonly WorkshopRepository _repository;
    private readonly WorkshopDocuments _documents;
    private readonly DocumentGenerationGate _gate;
    private readonly DocumentPlenary _plenary;
    private readonly WorkshopAuditTrail? _audit;

    internal GenerateDocuments(
        WorkshopRepository repository, WorkshopDocuments documents, DocumentGenerationGate gate, DocumentPlenary plenary, WorkshopAuditTrail? audit = null)
    {
        _repository = repository;
        _documents = documents;
        _gate = gate;
        _plenary = plenary;
        _audit = audit;
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
    public async Task<GeneratedDocuments?> GenerateAsync(string workshopId, IProgress<DocumentProgress>? progress, CancellationToken cancellationToken = default) =>
        await GenerateAsync(workshopId, progress, requestedBy: null, cancellationToken);

    /// <summary>As the other overload; a generation asked for by <paramref name="requestedBy"/> goes into the workshop's audit trail.</summary>
    /// <exception cref="DocumentGenerationThrottledException">A generation of this workshop runs, or started too recently.</exception>
    public async Task<GeneratedDocuments?> GenerateAsync(string workshopId, IProgress<DocumentProgress>? progress, Participant? requestedBy, CancellationToken cancellationToken = default)
    {
        var stored = await _repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        await using var generation = await _gate.EnterAsync(workshopId, cancellationToken);

        if (requestedBy is not null && _audit is not null)
        {
            await _audit.RecordAsync(workshopId, stored.Workshop.Location.TenantId, AuditActions.DocumentsGenerated, requestedBy, "the deck and the report", cancellationToken);
        }

        var sessions = await _repository.LoadGroupsAsync(stored.Workshop, cancellationToken);
        var plenary = await _plenary.ReadAsync(workshopId, cancellationToken);
        return await _documents.GenerateAsync(stored.Workshop, sessions, plenary, progress, cancellationToken);
    }
}
