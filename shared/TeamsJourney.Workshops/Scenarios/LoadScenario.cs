using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Scenarios;

/// <summary>How loading a facilitator's scenario script ended.</summary>
public enum ScenarioLoadOutcome
{
    /// <summary>Stored; the workshop can start it.</summary>
    Loaded,

    /// <summary>The script has errors (each names line and field); nothing was stored.</summary>
    Invalid,

    /// <summary>The workshop exists and the person is not one of its facilitators; nothing was stored.</summary>
    NotFacilitator,

    /// <summary>The script is longer than a stored script may be; nothing was stored.</summary>
    TooLong,
}

/// <summary>The outcome, the loaded script, the errors, and the longest script accepted.</summary>
public sealed record LoadScenarioResult(ScenarioLoadOutcome Outcome, ScenarioScript? Script, IReadOnlyList<ScenarioLoadError> Errors, int MaxLength);

/// <summary>
/// Loads a facilitator's own scenario script into the workshop of a place (creating the workshop on first use,
/// with the loader as facilitator). Nothing is stored unless the whole script is valid.
/// </summary>
public sealed class LoadScenario
{
    private readonly WorkshopRepository _repository;
    private readonly TimeProvider _time;

    internal LoadScenario(WorkshopRepository repository, TimeProvider time)
    {
        _repository = repository;
        _time = time;
    }

    /// <summary>The longest script (in characters) that can be stored.</summary>
    public static int MaxScriptLength => StorageLimits.MaxEventDataLength;

    /// <summary>Checks and stores <paramref name="json"/>.</summary>
    public async Task<LoadScenarioResult> LoadAsync(WorkshopPlace place, Participant loader, string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(json);
        var existing = await _repository.LoadWorkshopAsync(place.WorkshopId, cancellationToken);
        if (existing is not null && !existing.Workshop.IsFacilitator(loader.UserId))
        {
            return Result(ScenarioLoadOutcome.NotFacilitator);
        }

        var checkedScript = ScenarioLoader.Load(json);
        if (!checkedScript.Succeeded)
        {
            return Result(ScenarioLoadOutcome.Invalid, errors: checkedScript.Errors);
        }

        if (json.Length > MaxScriptLength)
        {
            return Result(ScenarioLoadOutcome.TooLong);
        }

        if (existing is null)
        {
            await StartGroup.EnsureWorkshopAsync(place, checkedScript.Script!, loader, _repository, _time, cancellationToken);
        }

        var loaded = await _repository.AddScenarioAsync(place.WorkshopId, json, _time.GetUtcNow(), cancellationToken);
        return loaded.Succeeded ? Result(ScenarioLoadOutcome.Loaded, loaded.Script) : Result(ScenarioLoadOutcome.Invalid, errors: loaded.Errors);
    }

    private static LoadScenarioResult Result(ScenarioLoadOutcome outcome, ScenarioScript? script = null, IReadOnlyList<ScenarioLoadError>? errors = null) =>
        new(outcome, script, errors ?? [], MaxScriptLength);
}
