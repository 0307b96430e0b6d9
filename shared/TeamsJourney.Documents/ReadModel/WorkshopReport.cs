namespace TeamsJourney.Documents.ReadModel;

/// <summary>
/// Everything the deck and the report show about one workshop: an immutable snapshot the writers read,
/// independent of how the domain stores it.
/// </summary>
/// <param name="Title">Workshop title, shown on the title slide and the report's title page.</param>
/// <param name="Objectives">What the workshop set out to learn or decide.</param>
/// <param name="Stakeholders">People or teams with a stake in the service.</param>
/// <param name="FacilitatorNotes">The facilitator's context; goes into speaker notes and the report.</param>
/// <param name="GeneratedOn">The date printed on the documents (passed in so output is reproducible).</param>
/// <param name="Personas">Personas the groups mapped journeys for.</param>
/// <param name="Groups">Breakout groups, each with its own map, blueprint and initiatives.</param>
/// <param name="Plenary">The second half (consolidated map, pooled initiatives, what changed); null when there is none to show.</param>
public sealed record WorkshopReport(
    string Title,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Stakeholders,
    string FacilitatorNotes,
    DateOnly GeneratedOn,
    IReadOnlyList<Persona> Personas,
    IReadOnlyList<JourneyGroup> Groups,
    WorkshopPlenary? Plenary = null);
