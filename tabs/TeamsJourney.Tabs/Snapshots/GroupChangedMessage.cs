namespace TeamsJourney.Tabs.Snapshots;

/// <summary>
/// The "groupChanged" hub message: what one stored change (or a run of them) did to a group, taking it from stream
/// version <see cref="FromGroupVersion"/> to <see cref="GroupVersion"/>. A client holding the group at
/// <see cref="FromGroupVersion"/> applies it in place; one holding an older version has missed a change and reads
/// the group again (GET .../map?groupId=); one holding <see cref="GroupVersion"/> or newer already has it. There is
/// no workshop-wide version in it: a workshop has none (a reconnecting client catches up from the position of its last
/// GET .../map or .../changes answer).
/// </summary>
/// <param name="WorkshopId">The workshop.</param>
/// <param name="GroupId">The group.</param>
/// <param name="FromGroupVersion">The group's stream version the change was made on (0: the change started the group).</param>
/// <param name="GroupVersion">The group's stream version after it.</param>
/// <param name="Header">Name, scenario, step and state; null when none of them changed.</param>
/// <param name="Persona">The whole persona; null when it did not change.</param>
/// <param name="Stages">Every stage; null when no stage (emotion score) changed.</param>
/// <param name="Items">Items added or changed, whole; added ones go after the others, in the order they were added.</param>
/// <param name="RemovedItemIds">Items deleted.</param>
/// <param name="Initiatives">Initiatives proposed or changed (dots, ratings), whole; hasMyVote is false (a broadcast).</param>
/// <param name="RemovedInitiativeIds">Initiatives withdrawn.</param>
public sealed record GroupChangedMessage(
    string WorkshopId,
    string GroupId,
    long FromGroupVersion,
    long GroupVersion,
    GroupHeaderSnapshot? Header,
    PersonaSnapshot? Persona,
    IReadOnlyList<StageSnapshot>? Stages,
    IReadOnlyList<ItemSnapshot> Items,
    IReadOnlyList<string> RemovedItemIds,
    IReadOnlyList<InitiativeSnapshot> Initiatives,
    IReadOnlyList<string> RemovedInitiativeIds);
