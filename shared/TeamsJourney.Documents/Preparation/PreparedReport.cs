using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Preparation;

/// <summary>
/// The report after validation and sanitising, shared by both writers so user text is cleaned exactly once and
/// every later step can trust it.
/// </summary>
internal sealed record PreparedReport(
    string Title,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Stakeholders,
    string FacilitatorNotes,
    DateOnly GeneratedOn,
    IReadOnlyList<Persona> Personas,
    IReadOnlyList<PreparedGroup> Groups,
    PreparedPlenary? Plenary = null)
{
    public string DateText => GeneratedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>All pain points, most addressed (by votes of linked initiatives) first; ties keep map order.</summary>
    public IReadOnlyList<(PreparedGroup Group, PreparedItem PainPoint, int Votes)> RankedPainPoints()
    {
        var ranked = new List<(PreparedGroup, PreparedItem, int)>();
        foreach (var group in Groups)
        {
            var votes = new Dictionary<PreparedItem, int>();
            foreach (var initiative in group.Initiatives)
            {
                foreach (var pain in initiative.PainPoints)
                {
                    votes[pain] = votes.GetValueOrDefault(pain) + initiative.Votes;
                }
            }

            ranked.AddRange(group.InLane(Lane.PainPoint).Select(p => (group, p, votes.GetValueOrDefault(p))));
        }

        return [.. ranked.OrderByDescending(entry => entry.Item3)];
    }

    /// <summary>All initiatives across groups, most votes first.</summary>
    public IReadOnlyList<(PreparedGroup Group, PreparedInitiative Initiative)> RankedInitiatives() =>
        [.. Groups.SelectMany(g => g.Initiatives.Select(i => (g, i))).OrderByDescending(entry => entry.i.Votes)];
}
