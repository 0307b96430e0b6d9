using TeamsJourney.Storage;
using TeamsJourney.Workshops.Concurrency;

namespace TeamsJourney.Workshops.Persistence;

internal sealed partial class WorkshopRepository
{
    /// <summary>
    /// Deletes the workshop from the store (streams, idempotency keys, conversation bindings, listing) and forgets
    /// what this instance cached of it; false when it did not exist. The audit trail is kept.
    /// </summary>
    public async Task<bool> DeleteWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        var deleted = await TranslateForgettingDeletedAsync(() => _store.DeleteWorkshopAsync(workshopId, cancellationToken));
        Forget(workshopId);
        return deleted;
    }

    /// <summary>Every workshop of every tenant, oldest first (the retention sweep).</summary>
    public Task<IReadOnlyList<WorkshopHeader>> ListAllHeadersAsync(CancellationToken cancellationToken = default) =>
        _store.ListAllWorkshopsAsync(cancellationToken);

    /// <summary>Adds a line to the workshop's audit trail.</summary>
    public Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        TranslateForgettingDeletedAsync(async () =>
        {
            await _store.AppendAuditAsync(entry, cancellationToken);
            return true;
        });

    /// <summary>The workshop's audit trail, oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string workshopId, CancellationToken cancellationToken = default) =>
        _store.ReadAuditAsync(workshopId, cancellationToken);

    /// <summary>Appends one retention fact (the app removed from or added to the workshop's team) to its stream.</summary>
    public Task AppendRetentionEventAsync(string workshopId, NewEvent retentionEvent, CancellationToken cancellationToken = default) =>
        AppendFactAsync(workshopId, WorkshopStreams.Retention, retentionEvent, cancellationToken);

    /// <summary>The workshop's retention facts, oldest first.</summary>
    public Task<IReadOnlyList<StoredEvent>> ReadRetentionEventsAsync(string workshopId, CancellationToken cancellationToken = default) =>
        _store.ReadStreamAsync(workshopId, WorkshopStreams.Retention, 0, cancellationToken);

    /// <summary>
    /// Appends a fact to one of the workshop's own streams (retention, document jobs): facts are never decided
    /// on earlier state, so a lost race simply appends again at the new end.
    /// </summary>
    public async Task AppendFactAsync(string workshopId, string streamId, NewEvent fact, CancellationToken cancellationToken = default)
    {
        using var turn = await _streamGates.EnterAsync(workshopId, streamId, cancellationToken);
        await ForgettingDeletedAsync<object>($"recording {fact.Type} in workshop {workshopId}", async ct =>
        {
            var version = (await _store.ReadStreamAsync(workshopId, streamId, 0, ct)).Count;
            var result = await _store.AppendAsync(workshopId, streamId, version, [fact], null, ct);
            return result.IsAppended ? result : null;
        }, cancellationToken);
    }

    /// <summary>The events of one of the workshop's own streams, oldest first.</summary>
    public Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string workshopId, string streamId, CancellationToken cancellationToken = default) =>
        _store.ReadStreamAsync(workshopId, streamId, 0, cancellationToken);

    /// <summary>Every stored event of the workshop, stream by stream, each in version order (for an export's provenance).</summary>
    public Task<IReadOnlyList<StoredEvent>> ReadAllEventsAsync(string workshopId, CancellationToken cancellationToken = default) =>
        _store.ReadWorkshopAsync(workshopId, cancellationToken);
}
