using TeamsJourney.Storage;

namespace TeamsJourney.Workshops.Tests.Fixtures;

/// <summary>
/// A real store with one twist: just before the first append to <see cref="InterfereOnStream"/>, another writer's
/// change lands (<see cref="Interference"/>), so that append loses and the writer must decide again on fresh state.
/// This is the race of two people pressing at the same moment, made deterministic.
/// </summary>
internal sealed class InterferingStore(IWorkshopStore inner) : IWorkshopStore
{
    private int _interfered;

    public string? InterfereOnStream { get; set; }

    public Func<Task>? Interference { get; set; }

    /// <summary>Appends asked of this store since <see cref="ResetCount"/> (the interfering writer's own are not counted).</summary>
    public int Appends { get; private set; }

    /// <summary>Stream reads, idempotency checks and binding reads asked of this store since <see cref="ResetCount"/>.</summary>
    public int StreamReads { get; private set; }

    public int IdempotencyChecks { get; private set; }

    public int BindingReads { get; private set; }

    public void ResetCount() => (Appends, StreamReads, IdempotencyChecks, BindingReads) = (0, 0, 0, 0);

    public async Task<AppendResult> AppendAsync(string workshopId, string streamId, long expectedStreamVersion, IReadOnlyList<NewEvent> events, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        Appends++;
        if (streamId == InterfereOnStream && Interference is { } interference && Interlocked.Exchange(ref _interfered, 1) == 0)
        {
            await interference();
        }

        return await inner.AppendAsync(workshopId, streamId, expectedStreamVersion, events, idempotencyKey, cancellationToken);
    }

    public Task<bool> TryCreateWorkshopAsync(WorkshopHeader header, CancellationToken cancellationToken = default) => inner.TryCreateWorkshopAsync(header, cancellationToken);

    public Task<bool> TryCreateWorkshopAsync(WorkshopHeader header, string streamId, IReadOnlyList<NewEvent> firstEvents, CancellationToken cancellationToken = default) =>
        inner.TryCreateWorkshopAsync(header, streamId, firstEvents, cancellationToken);

    public Task<WorkshopHeader?> GetWorkshopAsync(string workshopId, CancellationToken cancellationToken = default) => inner.GetWorkshopAsync(workshopId, cancellationToken);

    public Task<IReadOnlyList<WorkshopHeader>> ListWorkshopsAsync(string tenantId, string? teamId, string? channelId, CancellationToken cancellationToken = default) =>
        inner.ListWorkshopsAsync(tenantId, teamId, channelId, cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string workshopId, string streamId, long afterStreamVersion = 0, CancellationToken cancellationToken = default)
    {
        StreamReads++;
        return inner.ReadStreamAsync(workshopId, streamId, afterStreamVersion, cancellationToken);
    }

    public Task<IReadOnlyList<StoredEvent>> ReadWorkshopAsync(string workshopId, CancellationToken cancellationToken = default) =>
        inner.ReadWorkshopAsync(workshopId, cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> ReadStreamVersionsAsync(string workshopId, CancellationToken cancellationToken = default) =>
        inner.ReadStreamVersionsAsync(workshopId, cancellationToken);

    public Task<IReadOnlyList<string>> ListStreamsAsync(string workshopId, CancellationToken cancellationToken = default) => inner.ListStreamsAsync(workshopId, cancellationToken);

    public Task<bool> HasProcessedAsync(string workshopId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        IdempotencyChecks++;
        return inner.HasProcessedAsync(workshopId, idempotencyKey, cancellationToken);
    }

    public Task SaveConversationAsync(ConversationBinding binding, CancellationToken cancellationToken = default) => inner.SaveConversationAsync(binding, cancellationToken);

    public Task<ConversationBinding?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        BindingReads++;
        return inner.FindConversationAsync(conversationId, cancellationToken);
    }

    public Task SaveDueAtAsync(string workshopId, DateTimeOffset? dueAt, CancellationToken cancellationToken = default) =>
        inner.SaveDueAtAsync(workshopId, dueAt, cancellationToken);

    public Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default) =>
        inner.ListDueAsync(dueBy, cancellationToken);

    public Task RememberConversationMemberAsync(string conversationId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default) =>
        inner.RememberConversationMemberAsync(conversationId, userId, seenAt, cancellationToken);

    public Task<IReadOnlyList<string>> ListConversationMembersAsync(string conversationId, int max, CancellationToken cancellationToken = default) =>
        inner.ListConversationMembersAsync(conversationId, max, cancellationToken);

    public Task<DeliveryClaim> ClaimDeliveryAsync(string conversationId, string activityId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        inner.ClaimDeliveryAsync(conversationId, activityId, now, leaseUntil, cancellationToken);

    public Task CompleteDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        inner.CompleteDeliveryAsync(conversationId, activityId, cancellationToken);

    public Task ReleaseDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        inner.ReleaseDeliveryAsync(conversationId, activityId, cancellationToken);

    public Task<LeaseTake> TryTakeLeaseAsync(
        string workshopId, string leaseName, string holder, DateTimeOffset now, DateTimeOffset heldUntil, TimeSpan minimumInterval, CancellationToken cancellationToken = default) =>
        inner.TryTakeLeaseAsync(workshopId, leaseName, holder, now, heldUntil, minimumInterval, cancellationToken);

    public Task<WorkshopLease?> GetLeaseAsync(string workshopId, string leaseName, CancellationToken cancellationToken = default) =>
        inner.GetLeaseAsync(workshopId, leaseName, cancellationToken);

    public Task ReleaseLeaseAsync(string workshopId, string leaseName, string holder, CancellationToken cancellationToken = default) =>
        inner.ReleaseLeaseAsync(workshopId, leaseName, holder, cancellationToken);

    public Task<bool> DeleteWorkshopAsync(string workshopId, CancellationToken cancellationToken = default) => inner.DeleteWorkshopAsync(workshopId, cancellationToken);

    public Task<IReadOnlyList<WorkshopHeader>> ListAllWorkshopsAsync(CancellationToken cancellationToken = default) => inner.ListAllWorkshopsAsync(cancellationToken);

    public Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default) => inner.AppendAuditAsync(entry, cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string workshopId, CancellationToken cancellationToken = default) => inner.ReadAuditAsync(workshopId, cancellationToken);
}
