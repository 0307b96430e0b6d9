using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Depth;

/// <summary>Reads a workshop's depth settings (the defaults when nobody chose: MVP and each script's own lanes).</summary>
public sealed class WorkshopDepth
{
    private readonly WorkshopRepository _repository;

    internal WorkshopDepth(WorkshopRepository repository) => _repository = repository;

    /// <summary>The settings as they stand.</summary>
    public Task<DepthSettings> ReadAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workshopId);
        return _repository.LoadDepthSettingsAsync(workshopId, cancellationToken);
    }
}
