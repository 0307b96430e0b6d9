using TeamsJourney.Domain.Scenarios.ScriptFormat;

namespace TeamsJourney.Domain.Scenarios;

/// <summary>
/// Loads scenario scripts (format version 1, see Scenarios/README.md) from JSON text. Never
/// throws for bad input: every problem comes back as a <see cref="ScenarioLoadError"/> naming
/// the line and field.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Parses and validates a script.</summary>
    /// <param name="json">The script text.</param>
    public static ScenarioLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new List<ScenarioLoadError>();
        var root = ScriptTreeParser.Parse(json, errors);
        var script = root is null ? null : ScenarioScriptReader.Read(root, errors);
        return script is not null && errors.Count == 0
            ? ScenarioLoadResult.Success(script)
            : ScenarioLoadResult.Failure([.. errors.OrderBy(e => e.Line)]);
    }
}
