using TeamsJourney.Documents.FromDomain;
using TeamsJourney.Workshops.Plenary;

namespace TeamsJourney.Workshops.Documents;

/// <summary>
/// Reads what the documents open with through the second half's own use cases: the consolidated map and pooled
/// initiatives as the tab shows them, and the latest frozen version compared with now.
/// </summary>
internal sealed class DocumentPlenary(ReadPlenary plenary, WorkshopVersions versions)
{
    /// <summary>The second half of the workshop, or null when there is no such workshop.</summary>
    public async Task<PlenaryFacts?> ReadAsync(string workshopId, CancellationToken cancellationToken)
    {
        var view = await plenary.ReadAsync(workshopId, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var latest = view.Versions.MaxBy(v => v.Number);
        var comparison = latest is null ? null : await versions.CompareAsync(workshopId, latest.Number, null, cancellationToken);
        return new PlenaryFacts(view.Consolidation, view.Initiatives, comparison);
    }
}
