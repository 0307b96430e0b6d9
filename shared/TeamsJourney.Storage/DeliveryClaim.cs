namespace TeamsJourney.Storage;

/// <summary>What <see cref="IWorkshopStore.ClaimDeliveryAsync"/> found for one inbound delivery.</summary>
internal enum DeliveryClaim
{
    /// <summary>This caller holds the delivery now and must complete or release it.</summary>
    Claimed,

    /// <summary>The delivery was handled to the end before: a redelivery, to change nothing.</summary>
    Completed,

    /// <summary>Another turn (on this or another instance) holds the delivery and its lease has not run out.</summary>
    InProgress,
}
