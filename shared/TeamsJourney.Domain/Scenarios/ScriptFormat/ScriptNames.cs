using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Scenarios.ScriptFormat;

/// <summary>The camelCase names scripts use for lanes and persona fields.</summary>
internal static class ScriptNames
{
    public static IReadOnlyDictionary<string, Lane> Lanes { get; } =
        Enum.GetValues<Lane>().ToDictionary(ScenarioScript.NameOf, l => l, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, PersonaField> PersonaFields { get; } =
        Enum.GetValues<PersonaField>().ToDictionary(ScenarioScript.NameOf, f => f, StringComparer.Ordinal);

    /// <summary>Looks a name up among <paramref name="allowed"/>, reporting an error that lists the choices.</summary>
    public static T? Read<T>(ScriptObjectReader reader, string field, IReadOnlyDictionary<string, T> names, IReadOnlyCollection<T> allowed)
        where T : struct, Enum
    {
        var text = reader.String(field, required: true, 40);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value) && allowed.Contains(value))
        {
            return value;
        }

        var choices = string.Join(", ", names.Where(n => allowed.Contains(n.Value)).Select(n => n.Key));
        reader.Error(reader.Node.Property(field)!, $"'{text}' is not one of: {choices}");
        return null;
    }
}
