using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Scenarios.ScriptFormat;

internal static partial class ScenarioScriptReader
{
    /// <summary>The optional "mvp" section; every part falls back to <see cref="MvpScript.Default"/>.</summary>
    private static MvpScript? ReadMvp(ScriptObjectReader? reader, PersonaScript? persona, BlueprintScript? blueprint)
    {
        var defaults = MvpScript.Default;
        if (reader is null)
        {
            return defaults;
        }

        var personaReader = reader.Object("persona", required: false);
        var personaText = personaReader is null ? defaults.Persona : ReadPromptFields(personaReader);
        var fields = personaReader is null ? defaults.PersonaFields : ReadNames(personaReader, "fields", ScriptNames.PersonaFields, Enum.GetValues<PersonaField>(), defaults.PersonaFields);
        personaReader?.ReportUnknownFields();
        RequirePrompts(personaReader, "fields", fields, persona?.Prompts.Select(p => p.Field), f => ScenarioScript.NameOf(f), "persona.prompts");

        var stage = ReadPrompt(reader.Object("stage", required: false)) ?? defaults.Stage;

        var blueprintReader = reader.Object("blueprint", required: false);
        var blueprintText = blueprintReader is null ? defaults.Blueprint : ReadPromptFields(blueprintReader);
        var lanes = blueprintReader is null ? defaults.BlueprintLanes : ReadNames(blueprintReader, "lanes", ScriptNames.Lanes, DepthChoice.ChoosableLanes, defaults.BlueprintLanes);
        blueprintReader?.ReportUnknownFields();
        RequirePrompts(blueprintReader, "lanes", lanes, blueprint?.Prompts.Select(p => p.Lane), l => ScenarioScript.NameOf(l), "blueprint.prompts");

        reader.ReportUnknownFields();
        return personaText is null || fields is null || blueprintText is null || lanes is null
            ? null
            : new MvpScript(personaText, fields, stage, blueprintText, lanes);
    }

    /// <summary>An optional list of unique names; the default when absent, null when an entry is bad.</summary>
    private static IReadOnlyList<T>? ReadNames<T>(ScriptObjectReader reader, string field, IReadOnlyDictionary<string, T> names, IReadOnlyCollection<T> allowed, IReadOnlyList<T> fallback)
        where T : struct, Enum
    {
        var nodes = reader.Array(field, required: false, 1, allowed.Count);
        if (nodes is null)
        {
            return reader.Node.Property(field) is null ? fallback : null;
        }

        var values = new List<T>();
        var allRead = nodes.Count >= 1 && nodes.Count <= allowed.Count;
        foreach (var node in nodes)
        {
            var text = ScriptObjectReader.ReadString(node, 40, reader.Errors);
            if (text is null)
            {
                allRead = false;
            }
            else if (!names.TryGetValue(text, out var value) || !allowed.Contains(value))
            {
                reader.Error(node, $"'{text}' is not one of: {string.Join(", ", names.Where(n => allowed.Contains(n.Value)).Select(n => n.Key))}");
                allRead = false;
            }
            else if (values.Contains(value))
            {
                reader.Error(node, $"'{text}' is listed more than once");
                allRead = false;
            }
            else
            {
                values.Add(value);
            }
        }

        return allRead ? values : null;
    }

    // An MVP card draws its questions from the full prompts, so a name listed there must have one.
    private static void RequirePrompts<T>(ScriptObjectReader? reader, string field, IReadOnlyList<T>? chosen, IEnumerable<T>? prompted, Func<T, string> name, string where)
        where T : struct, Enum
    {
        if (reader?.Node.Property(field) is not { } node || chosen is null || prompted is null)
        {
            return;
        }

        var have = prompted.ToHashSet();
        foreach (var missing in chosen.Where(c => !have.Contains(c)))
        {
            reader.Error(node, $"'{name(missing)}' has no prompt in {where}; add one there or leave it out here");
        }
    }
}
