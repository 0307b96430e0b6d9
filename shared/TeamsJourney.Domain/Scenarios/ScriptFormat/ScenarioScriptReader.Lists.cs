using System.Text.RegularExpressions;

namespace TeamsJourney.Domain.Scenarios.ScriptFormat;

internal static partial class ScenarioScriptReader
{
    /// <summary>Ids end up in step ids, storage keys and URLs, so they are lower-case slugs.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    private static string? Slug(ScriptObjectReader reader, string field)
    {
        var value = reader.String(field, required: true, MaxIdLength);
        if (value is not null && !SlugPattern().IsMatch(value))
        {
            reader.Error(reader.Node.Property(field)!, "must be lower-case letters, digits and single hyphens, e.g. \"missed-bin-collection\"");
            return null;
        }

        return value;
    }

    /// <summary>Reads every object of an array; returns null when any entry was bad.</summary>
    private static List<T>? ReadEach<T>(ScriptObjectReader owner, string field, int min, int max, Func<ScriptObjectReader, T?> read)
        where T : class
    {
        var nodes = owner.Array(field, required: true, min, max);
        if (nodes is null)
        {
            return null;
        }

        var results = new List<T>();
        var allRead = true;
        foreach (var node in nodes)
        {
            var reader = ScriptObjectReader.For(node, owner.Errors);
            var value = reader is null ? null : read(reader);
            reader?.ReportUnknownFields();
            allRead &= value is not null;
            if (value is not null)
            {
                results.Add(value);
            }
        }

        return allRead && nodes.Count >= min && nodes.Count <= max ? results : null;
    }

    private static void RequireUnique<T>(ScriptObjectReader owner, string field, List<T>? values, Func<T, string> key, string keyName)
    {
        if (values is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var nodes = owner.Node.Property(field)!.Items;
        for (var i = 0; i < values.Count; i++)
        {
            if (!seen.Add(key(values[i])))
            {
                owner.Error(nodes[i], $"{keyName} '{key(values[i])}' is used more than once");
            }
        }
    }
}
