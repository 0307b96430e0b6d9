namespace TeamsJourney.Storage;

/// <summary>
/// A named lease of one workshop as stored (e.g. "one document generation at a time"): who took it last, when,
/// until when it is held, and whether it was given back. Shared by every instance that shares the store.
/// </summary>
/// <param name="Holder">Who took it last (an id chosen by the taker, to give it back with).</param>
/// <param name="TakenAt">When it was last taken.</param>
/// <param name="HeldUntil">When the last taking ends by itself (the taker died or forgot to give it back).</param>
/// <param name="Released">True once the last taker gave it back.</param>
internal sealed record WorkshopLease(string Holder, DateTimeOffset TakenAt, DateTimeOffset HeldUntil, bool Released)
{
    /// <summary>True when the lease is held at <paramref name="now"/>: taken, not given back, and not past its end.</summary>
    public bool IsHeldAt(DateTimeOffset now) => !Released && HeldUntil >= now;
}

/// <summary>What <see cref="IWorkshopStore.TryTakeLeaseAsync"/> found.</summary>
/// <param name="Taken">True when the caller holds the lease now.</param>
/// <param name="Lease">The lease as it stands: the caller's when taken, the other holder's (or the last one's) otherwise.</param>
internal sealed record LeaseTake(bool Taken, WorkshopLease Lease);
