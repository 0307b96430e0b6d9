namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// Removes every published document of a workshop (a facilitator's deletion, the retention sweep). The local
/// folder publisher implements it; documents published to SharePoint live in the team's own channel files, which
/// the tenant's Microsoft 365 retention governs, so they are not erased from here.
/// </summary>
public interface IDocumentEraser
{
    /// <summary>Erases the workshop's documents; returns how many files went (0 when there were none).</summary>
    Task<int> EraseWorkshopAsync(string workshopId, CancellationToken ct = default);
}
