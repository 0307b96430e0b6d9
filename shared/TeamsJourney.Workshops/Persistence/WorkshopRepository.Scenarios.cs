using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Concurrency;

namespace TeamsJourney.Workshops.Persistence;

internal sealed partial class WorkshopRepository
{
    private const string ScenarioEventType = "ScenarioScriptAdded";

    /// <summary>
    /// Loads a facilitator's own scenario script into the workshop. An invalid script is not stored;
    /// the result's errors name the line and field.
    /// </summary>
    public async Task<ScenarioLoadResult> AddScenarioAsync(string workshopId, string json, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        var loaded = ScenarioLoader.Load(json);
        if (!loaded.Succeeded)
        {
            return loaded;
        }

        using var turn = await _streamGates.EnterAsync(workshopId, WorkshopStreams.Scenarios, cancellationToken);
        await ForgettingDeletedAsync<object>($"adding a scenario to workshop {workshopId}", async ct =>
        {
            var version = (await _store.ReadStreamAsync(workshopId, WorkshopStreams.Scenarios, 0, ct)).Count;
            var result = await _store.AppendAsync(workshopId, WorkshopStreams.Scenarios, version, [new NewEvent(ScenarioEventType, json, null, now)], null, ct);
            return result.IsAppended ? result : null;
        }, cancellationToken);
        return loaded;
    }

    /// <summary>
    /// The scenario with that id: the workshop's own scripts first (the given version, or the newest),
    /// then the built-in ones.
    /// </summary>
    public async Task<ScenarioScript?> FindScenarioAsync(string workshopId, string scenarioId, int? version = null, CancellationToken cancellationToken = default)
    {
        var custom = (await ListCustomScenariosAsync(workshopId, cancellationToken))
            .Where(s => s.Id == scenarioId && (version is null || s.Version == version))
            .MaxBy(s => s.Version);
        if (custom is not null)
        {
            return custom;
        }

        return BuiltInScenarios.TryGet(scenarioId, out var builtIn) && (version is null || builtIn.Version == version) ? builtIn : null;
    }

    /// <summary>The scenario scripts a facilitator loaded into this workshop.</summary>
    public async Task<IReadOnlyList<ScenarioScript>> ListCustomScenariosAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        var stored = await _store.ReadStreamAsync(workshopId, WorkshopStreams.Scenarios, 0, cancellationToken);
        return [.. stored.Select(e => ScenarioLoader.Load(e.Data)).Where(r => r.Succeeded).Select(r => r.Script!)];
    }
}
