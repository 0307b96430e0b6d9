namespace TeamsJourney.Storage;

/// <summary>
/// The event store of TeamsJourney: workshops, their append-only event streams and the Teams conversations bound
/// to them. Domain-agnostic: event payloads are opaque JSON text. Every implementation passes the same contract
/// tests, refuses the same bad input (before writing anything) and is safe to share across threads.
/// </summary>
internal interface IWorkshopStore
{
    /// <summary>Creates a workshop; returns false, changing nothing, when the id is already taken.</summary>
    /// <exception cref="StorageLimitException">An id or the title is too long.</exception>
    Task<bool> TryCreateWorkshopAsync(WorkshopHeader header, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a workshop together with the first events of one of its streams, in one atomic write: either the
    /// header and the events stand, or neither does, so a crash can never leave a workshop without its first
    /// state. Returns false, changing nothing, when the id is already taken.
    /// </summary>
    /// <exception cref="StorageLimitException">An id, the title or the events are too big.</exception>
    Task<bool> TryCreateWorkshopAsync(
        WorkshopHeader header, string streamId, IReadOnlyList<NewEvent> firstEvents, CancellationToken cancellationToken = default);

    /// <summary>Returns the workshop's header, or null when no workshop has that id.</summary>
    Task<WorkshopHeader?> GetWorkshopAsync(string workshopId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the tenant's workshops, oldest first; a non-null <paramref name="teamId"/> or
    /// <paramref name="channelId"/> narrows the list to workshops started there.
    /// </summary>
    Task<IReadOnlyList<WorkshopHeader>> ListWorkshopsAsync(
        string tenantId, string? teamId, string? channelId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="events"/> to a stream of the workshop in one atomic write: all or nothing.
    /// The write happens only when the stream is at <paramref name="expectedStreamVersion"/> (0 for a new stream);
    /// otherwise the result is <see cref="AppendStatus.Conflict"/> with the current version. Appends to different
    /// streams of one workshop never conflict and share no stored row: there is no workshop-wide sequence, so one
    /// group's writes never wait for another's (a workshop's position is its streams' versions, see
    /// <see cref="ReadStreamVersionsAsync"/>). When <paramref name="idempotencyKey"/>
    /// was already recorded for this workshop nothing is written and the result is <see cref="AppendStatus.Duplicate"/>;
    /// otherwise the key is recorded in the same write as the events.
    /// </summary>
    /// <exception cref="StorageLimitException">Too many events, or an event or the whole append is too big.</exception>
    /// <exception cref="WorkshopNotFoundException">The workshop was never created.</exception>
    Task<AppendResult> AppendAsync(
        string workshopId,
        string streamId,
        long expectedStreamVersion,
        IReadOnlyList<NewEvent> events,
        string? idempotencyKey,
        CancellationToken cancellationToken = default);

    /// <summary>Reads the stream's events with a version above <paramref name="afterStreamVersion"/>, in version order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(
        string workshopId, string streamId, long afterStreamVersion = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads every event of every stream of the workshop (exports, provenance), ordered by stream id (ordinal), then
    /// version. Not for hot paths: to follow changes, compare <see cref="ReadStreamVersionsAsync"/> positions and read
    /// only the streams that moved.
    /// </summary>
    Task<IReadOnlyList<StoredEvent>> ReadWorkshopAsync(string workshopId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The version of every stream of the workshop that has events, in one read of the stream heads: the workshop's
    /// position. Versions only grow, so a reader holding an earlier position knows exactly which streams changed
    /// since (those whose version is higher, or new). Empty for an unknown workshop.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> ReadStreamVersionsAsync(string workshopId, CancellationToken cancellationToken = default);

    /// <summary>Lists the ids of the workshop's streams that have events, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListStreamsAsync(string workshopId, CancellationToken cancellationToken = default);

    /// <summary>True when an append with <paramref name="idempotencyKey"/> was recorded for the workshop.</summary>
    Task<bool> HasProcessedAsync(string workshopId, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Saves the binding, replacing any binding of the same conversation id.</summary>
    Task SaveConversationAsync(ConversationBinding binding, CancellationToken cancellationToken = default);

    /// <summary>Finds the binding of a conversation (exact, case-sensitive id), or null when there is none.</summary>
    Task<ConversationBinding?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Remembers when a workshop next needs a timer's attention (a time box reminder or end), replacing the time
    /// saved before; null forgets it. Kept outside the workshop's partition so one query finds every due workshop,
    /// which is how time boxes survive a restart.
    /// </summary>
    Task SaveDueAtAsync(string workshopId, DateTimeOffset? dueAt, CancellationToken cancellationToken = default);

    /// <summary>The ids of the workshops due at or before <paramref name="dueBy"/>, soonest first.</summary>
    Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default);

    /// <summary>
    /// Remembers that <paramref name="userId"/> (a Teams user id, e.g. <c>29:...</c>) acted in the conversation at
    /// <paramref name="seenAt"/>; a later sighting of the same person replaces the earlier one.
    /// </summary>
    Task RememberConversationMemberAsync(string conversationId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default);

    /// <summary>The users seen in the conversation, most recently seen first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<string>> ListConversationMembersAsync(string conversationId, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the delivery of one inbound activity (its id in its conversation) before the activity is handled, so a
    /// redelivery on any instance changes nothing. Returns <see cref="DeliveryClaim.Claimed"/> when the delivery is new
    /// or an earlier claim's lease (up to <paramref name="leaseUntil"/> of that claim) ran out before <paramref name="now"/>
    /// without completing (the instance handling it died); exactly one concurrent caller gets it.
    /// </summary>
    Task<DeliveryClaim> ClaimDeliveryAsync(
        string conversationId, string activityId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed delivery as handled: every later claim of it is <see cref="DeliveryClaim.Completed"/>.</summary>
    Task CompleteDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks several claimed deliveries (conversation id, activity id) as handled at once: completions written behind
    /// the turns that made them. A store that can commits them together; by default they are completed one by one.
    /// </summary>
    async Task CompleteDeliveriesAsync(IReadOnlyList<(string ConversationId, string ActivityId)> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        foreach (var (conversationId, activityId) in deliveries)
        {
            await CompleteDeliveryAsync(conversationId, activityId, cancellationToken);
        }
    }

    /// <summary>Gives a claimed delivery up (its handling failed), so the channel's retry is handled afresh.</summary>
    Task ReleaseDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the workshop's lease <paramref name="leaseName"/> for <paramref name="holder"/> until
    /// <paramref name="heldUntil"/>, when at <paramref name="now"/> nobody holds it (never taken, given back, or held
    /// past its end) and it was last taken at least <paramref name="minimumInterval"/> before <paramref name="now"/>.
    /// Exactly one of concurrent takers on any instance gets it. The lease goes with the workshop's deletion.
    /// </summary>
    Task<LeaseTake> TryTakeLeaseAsync(
        string workshopId, string leaseName, string holder, DateTimeOffset now, DateTimeOffset heldUntil, TimeSpan minimumInterval, CancellationToken cancellationToken = default);

    /// <summary>The workshop's lease <paramref name="leaseName"/> as it stands, or null when it was never taken.</summary>
    Task<WorkshopLease?> GetLeaseAsync(string workshopId, string leaseName, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease back when <paramref name="holder"/> still holds it (its taking time stays, for the interval).</summary>
    Task ReleaseLeaseAsync(string workshopId, string leaseName, string holder, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the workshop and everything stored under it: its header, events, stream heads and idempotency keys,
    /// the conversation bindings that point at it, and what is kept per bound conversation (the people seen there,
    /// the delivery claims of its activities) and its leases. Its audit entries are kept. Returns false when no workshop
    /// has that id. A deletion that stops half way leaves the header for last, so the workshop can be deleted again.
    /// </summary>
    Task<bool> DeleteWorkshopAsync(string workshopId, CancellationToken cancellationToken = default);

    /// <summary>Lists every workshop of every tenant, oldest first: what the retention sweep looks at.</summary>
    Task<IReadOnlyList<WorkshopHeader>> ListAllWorkshopsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a line to a workshop's audit trail; lines outlive the workshop.</summary>
    /// <exception cref="StorageLimitException">A field is too long.</exception>
    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The audit trail of a workshop (also of a deleted one), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string workshopId, CancellationToken cancellationToken = default);
}
