namespace TeamsJourney.Domain.Facilitation.Events;

/// <summary>Who did something, as recorded on events.</summary>
/// <param name="UserId">Stable user id (e.g. the Entra object id).</param>
/// <param name="DisplayName">Their name at the time.</param>
public sealed record EventActor(string UserId, string DisplayName);

/// <summary>
/// Something that happened to one group, in the past tense. A group's state is the fold of its
/// events (<see cref="GroupSession.Replay"/>). Events are plain immutable records of primitives,
/// enums and lists so storage can serialize them; <see cref="DomainEventTypes.All"/> lists the
/// concrete types.
/// </summary>
public abstract record GroupEvent
{
    /// <summary>Who caused the event.</summary>
    public required EventActor Actor { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
