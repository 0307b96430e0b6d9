namespace TeamsJourney.Domain.Scenarios;

/// <summary>One problem found in a scenario script.</summary>
/// <param name="Line">One-based line number in the script text.</param>
/// <param name="Path">The field path, e.g. "stages[1].name"; empty for the whole document.</param>
/// <param name="Message">What is wrong, e.g. "required".</param>
public sealed record ScenarioLoadError(int Line, string Path, string Message)
{
    /// <summary>Formats as "line 12, stages[1].name: required".</summary>
    public override string ToString() =>
        $"line {Line}, {(Path.Length == 0 ? "(document)" : Path)}: {Message}";
}

/// <summary>The outcome of loading a script: the script, or the errors that stopped it.</summary>
public sealed class ScenarioLoadResult
{
    private ScenarioLoadResult(ScenarioScript? script, IReadOnlyList<ScenarioLoadError> errors)
    {
        Script = script;
        Errors = errors;
    }

    /// <summary>The loaded script when <see cref="Succeeded"/>.</summary>
    public ScenarioScript? Script { get; }

    /// <summary>Every problem found, in document order; empty on success.</summary>
    public IReadOnlyList<ScenarioLoadError> Errors { get; }

    /// <summary>True when the script loaded without errors.</summary>
    public bool Succeeded => Script is not null;

    internal static ScenarioLoadResult Success(ScenarioScript script) => new(script, []);

    internal static ScenarioLoadResult Failure(IReadOnlyList<ScenarioLoadError> errors) => new(null, errors);

    /// <summary>All errors, one per line, for logs and messages.</summary>
    public override string ToString() => Succeeded ? $"Loaded '{Script!.Id}'." : string.Join(Environment.NewLine, Errors);
}
