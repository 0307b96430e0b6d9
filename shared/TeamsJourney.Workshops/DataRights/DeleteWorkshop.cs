using Microsoft.Extensions.Logging;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.DataRights;

/// <summary>What a deletion removed.</summary>
/// <param name="Title">The deleted workshop's title.</param>
/// <param name="DocumentFiles">How many published document files went with it.</param>
public sealed record WorkshopDeletion(string Title, int DocumentFiles);

/// <summary>
/// A facilitator deletes a workshop, confirming it by typing its title back: the store's streams, idempotency
/// keys, conversation bindings and listing, the published documents (local folder) and the tab's presence lists
/// go; the audit trail keeps who deleted it and when. Also the retention sweep's way of purging.
/// </summary>
public sealed class DeleteWorkshop
{
    private readonly WorkshopRepository _repository;
    private readonly WorkshopAuditTrail _audit;
    private readonly IDocumentEraser? _documents;
    private readonly IReadOnlyList<IWorkshopDeletionObserver> _observers;
    private readonly ILogger _logger;

    internal DeleteWorkshop(WorkshopRepository repository, WorkshopAuditTrail audit, IDocumentEraser? documents, IEnumerable<IWorkshopDeletionObserver> observers, ILogger<DeleteWorkshop> logger)
    {
        _repository = repository;
        _audit = audit;
        _documents = documents;
        _observers = [.. observers];
        _logger = logger;
    }

    /// <summary>
    /// Deletes the workshop when <paramref name="requester"/> facilitates it and <paramref name="confirmTitle"/> is its
    /// title (case and surrounding spaces aside); otherwise changes nothing and says why.
    /// </summary>
    public async Task<(DataRightsOutcome Outcome, WorkshopDeletion? Deletion)> DeleteAsync(string workshopId, Participant requester, string? confirmTitle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var stored = await _repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return (DataRightsOutcome.NotFound, null);
        }

        if (!stored.Workshop.IsFacilitator(requester.UserId))
        {
            return (DataRightsOutcome.NotFacilitator, null);
        }

        if (!string.Equals(confirmTitle?.Trim(), stored.Workshop.Title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return (DataRightsOutcome.NotConfirmed, null);
        }

        var deletion = await EraseAsync(workshopId, stored.Workshop.Location.TenantId, stored.Workshop.Title, AuditActions.Deleted, requester, "confirmed by typing the title", cancellationToken);
        return (DataRightsOutcome.Done, deletion);
    }

    /// <summary>Deletes without a person's confirmation: the retention policy decided (see <see cref="PurgeExpiredWorkshops"/>).</summary>
    internal Task<WorkshopDeletion> PurgeAsync(string workshopId, string tenantId, string title, string reason, CancellationToken cancellationToken) =>
        EraseAsync(workshopId, tenantId, title, AuditActions.PurgedByRetention, new Participant(AuditActions.SystemActor, "Retention policy"), reason, cancellationToken);

    private async Task<WorkshopDeletion> EraseAsync(string workshopId, string tenantId, string title, string action, Participant actor, string reason, CancellationToken cancellationToken)
    {
        // Audited first: if the deletion stops half way, the trail already says who started it, and a repeat finishes it.
        await _audit.RecordAsync(workshopId, tenantId, action, actor, reason, cancellationToken);
        await _repository.DeleteWorkshopAsync(workshopId, cancellationToken);
        var files = _documents is null ? 0 : await _documents.EraseWorkshopAsync(workshopId, cancellationToken);
        foreach (var observer in _observers)
        {
            await observer.OnWorkshopDeletedAsync(workshopId, cancellationToken);
        }

        Log.WorkshopDeleted(_logger, workshopId, action, actor.UserId, files);
        return new WorkshopDeletion(title, files);
    }
}
