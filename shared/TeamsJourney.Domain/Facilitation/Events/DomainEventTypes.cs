namespace TeamsJourney.Domain.Facilitation.Events;

/// <summary>The concrete event types, for serializers that need to register polymorphic types.</summary>
public static class DomainEventTypes
{
    /// <summary>Every concrete <see cref="GroupEvent"/> type; names are stable and may be used as discriminators.</summary>
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(GroupStarted),
        typeof(StepMoved),
        typeof(GroupPaused),
        typeof(GroupResumed),
        typeof(GroupFinished),
        typeof(PersonaFieldAnswered),
        typeof(ItemAdded),
        typeof(EmotionScored),
        typeof(ItemEdited),
        typeof(ItemMoved),
        typeof(ItemDeleted),
        typeof(EvidenceSet),
        typeof(InitiativeProposed),
        typeof(VoteCast),
        typeof(VoteWithdrawn),
        typeof(InitiativeRated),
        typeof(DepthChosen),
    ];
}
