using System.Reflection;

namespace TeamsJourney.Domain.Scenarios;

/// <summary>
/// The scenarios that ship with TeamsJourney, embedded in this assembly as JSON scripts:
/// "missed-bin-collection", "blue-badge-application" and "council-tax-change-of-address".
/// </summary>
public static class BuiltInScenarios
{
    /// <summary>Built-in scripts are meant to fit one workshop session, so they stay within this range.</summary>
    public const int MinStages = 4;

    /// <summary>The most stages a built-in script has.</summary>
    public const int MaxStages = 7;

    private const string ResourcePrefix = "TeamsJourney.Domain.Scenarios.BuiltIn.";

    private static readonly Lazy<IReadOnlyList<ScenarioScript>> Loaded = new(LoadAll);

    /// <summary>Every built-in script, ordered by id.</summary>
    public static IReadOnlyList<ScenarioScript> All => Loaded.Value;

    /// <summary>Finds a built-in script by id.</summary>
    public static bool TryGet(string id, out ScenarioScript script)
    {
        script = All.FirstOrDefault(s => s.Id == id)!;
        return script is not null;
    }

    /// <summary>The raw JSON of each embedded script, by resource name.</summary>
    internal static IReadOnlyDictionary<string, string> Sources()
    {
        var assembly = typeof(BuiltInScenarios).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(n => n, n => Read(assembly, n));
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded scenario '{resourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<ScenarioScript> LoadAll()
    {
        // A broken built-in is a build defect, not user input: fail loudly with every error.
        return [.. Sources()
            .Select(source =>
            {
                var result = ScenarioLoader.Load(source.Value);
                return result.Script ?? throw new InvalidOperationException($"Built-in scenario {source.Key} is invalid:{Environment.NewLine}{result}");
            })
            .OrderBy(s => s.Id, StringComparer.Ordinal)];
    }
}
