using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Scenarios;

/// <summary>The scenarios a workshop can run: the built-in ones, then those its facilitators loaded.</summary>
public sealed class WorkshopScenarios
{
    private readonly WorkshopRepository _repository;

    internal WorkshopScenarios(WorkshopRepository repository) => _repository = repository;

    /// <summary>Every scenario available in the workshop (only the built-in ones when it does not exist yet).</summary>
    public async Task<IReadOnlyList<ScenarioScript>> ListAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        var custom = await _repository.ExistsAsync(workshopId, cancellationToken)
            ? await _repository.ListCustomScenariosAsync(workshopId, cancellationToken)
            : [];
        return [.. BuiltInScenarios.All, .. custom];
    }

    /// <summary>The scenario with that id (the workshop's own newest version first), or null.</summary>
    public async Task<ScenarioScript?> FindAsync(string workshopId, string scenarioId, CancellationToken cancellationToken = default) =>
        await _repository.ExistsAsync(workshopId, cancellationToken)
            ? await _repository.FindScenarioAsync(workshopId, scenarioId, null, cancellationToken)
            : BuiltInScenarios.TryGet(scenarioId, out var builtIn) ? builtIn : null;
}
