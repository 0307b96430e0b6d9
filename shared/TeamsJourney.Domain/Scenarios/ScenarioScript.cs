namespace TeamsJourney.Domain.Scenarios;

/// <summary>
/// A validated scenario script: the content of a facilitated workshop and, derived from it, the
/// ordered steps a group walks through. Obtain one from <see cref="ScenarioLoader"/> or
/// <see cref="BuiltInScenarios"/>; both check every rule first.
/// </summary>
public sealed partial class ScenarioScript
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<ScenarioStep>> _plans = new(StringComparer.Ordinal);

    /// <summary>The only script format version this code reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The fewest stages any script may have.</summary>
    public const int MinStages = 1;

    /// <summary>The most stages any script may have.</summary>
    public const int MaxStages = 12;

    internal ScenarioScript(
        string id,
        int version,
        string title,
        string summary,
        IReadOnlyList<string> objectives,
        IReadOnlyList<string> stakeholders,
        PersonaScript persona,
        IReadOnlyList<StageScript> stages,
        PromptText? emotion,
        BlueprintScript? blueprint,
        InitiativesScript initiatives,
        PromptText review,
        MvpScript? mvp = null)
    {
        Id = id;
        Version = version;
        Title = title;
        Summary = summary;
        Objectives = objectives;
        Stakeholders = stakeholders;
        Persona = persona;
        Stages = stages;
        Emotion = emotion;
        Blueprint = blueprint;
        Initiatives = initiatives;
        Review = review;
        Mvp = mvp ?? MvpScript.Default;
        Steps = ExpandSteps(DepthChoice.Full);
    }

    /// <summary>The script format version (always <see cref="CurrentFormatVersion"/>).</summary>
    public int FormatVersion => CurrentFormatVersion;

    /// <summary>The script id, e.g. "missed-bin-collection".</summary>
    public string Id { get; }

    /// <summary>The script's own revision; stored with each group so replays use the same steps.</summary>
    public int Version { get; }

    /// <summary>The scenario title.</summary>
    public string Title { get; }

    /// <summary>One or two sentences setting the scene.</summary>
    public string Summary { get; }

    /// <summary>What the workshop wants to learn.</summary>
    public IReadOnlyList<string> Objectives { get; }

    /// <summary>Who has a stake in the service.</summary>
    public IReadOnlyList<string> Stakeholders { get; }

    /// <summary>The persona introduction and questions.</summary>
    public PersonaScript Persona { get; }

    /// <summary>The journey stages, in order.</summary>
    public IReadOnlyList<StageScript> Stages { get; }

    /// <summary>The emotion question asked at the end of each stage, or null for none.</summary>
    public PromptText? Emotion { get; }

    /// <summary>The blueprint phase, or null when the script maps the journey only.</summary>
    public BlueprintScript? Blueprint { get; }

    /// <summary>The initiative phase.</summary>
    public InitiativesScript Initiatives { get; }

    /// <summary>The closing review text.</summary>
    public PromptText Review { get; }

    /// <summary>What the MVP depth asks (the script's "mvp" section, or the defaults).</summary>
    public MvpScript Mvp { get; }

    /// <summary>The ordered steps of the scenario at full depth with every blueprint prompt; the last is always the review.</summary>
    public IReadOnlyList<ScenarioStep> Steps { get; }

    /// <summary>Finds a full-depth step by its id.</summary>
    public ScenarioStep? FindStep(string stepId) => Steps.FirstOrDefault(s => s.Id == stepId);

    /// <summary>The ordered steps at a depth with its blueprint lanes; the last is always the review.</summary>
    public IReadOnlyList<ScenarioStep> StepsFor(DepthChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return choice.Equals(DepthChoice.Full) ? Steps : _plans.GetOrAdd(choice.Key, _ => ExpandSteps(choice));
    }
}
