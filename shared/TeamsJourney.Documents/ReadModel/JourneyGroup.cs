namespace TeamsJourney.Documents.ReadModel;

/// <summary>One breakout group's work: the stages of its journey, the map items and its improvement ideas.</summary>
/// <param name="Name">Group name, e.g. "Group A: missed bin collection".</param>
/// <param name="Stages">Journey stages; shown in ascending <see cref="JourneyStage.Order"/>.</param>
/// <param name="Items">Sticky notes placed on the map or blueprint.</param>
/// <param name="Initiatives">Improvement initiatives the group proposed.</param>
/// <param name="Scenario">The scenario the group walked through, e.g. "Report a missed bin collection", when known.</param>
public sealed record JourneyGroup(
    string Name,
    IReadOnlyList<JourneyStage> Stages,
    IReadOnlyList<MapItem> Items,
    IReadOnlyList<Initiative> Initiatives,
    string? Scenario = null);
