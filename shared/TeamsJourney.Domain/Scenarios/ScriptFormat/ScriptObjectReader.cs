namespace TeamsJourney.Domain.Scenarios.ScriptFormat;

/// <summary>
/// Typed, forgiving access to one JSON object of a script: every problem becomes a
/// <see cref="ScenarioLoadError"/> naming the line and field, and reading goes on so the author
/// sees all problems at once.
/// </summary>
internal sealed class ScriptObjectReader
{
    private readonly HashSet<string> _known = [];

    private ScriptObjectReader(ScriptNode node, List<ScenarioLoadError> errors)
    {
        Node = node;
        Errors = errors;
    }

    public ScriptNode Node { get; }

    public List<ScenarioLoadError> Errors { get; }

    /// <summary>Wraps <paramref name="node"/> when it is an object; otherwise records an error and returns null.</summary>
    public static ScriptObjectReader? For(ScriptNode node, List<ScenarioLoadError> errors)
    {
        if (node.Kind == ScriptNodeKind.Object)
        {
            return new ScriptObjectReader(node, errors);
        }

        errors.Add(new ScenarioLoadError(node.Line, node.Path, $"must be an object, not {node.Describe()}"));
        return null;
    }

    public void Error(ScriptNode at, string message) => Errors.Add(new ScenarioLoadError(at.Line, at.Path, message));

    public string? String(string name, bool required, int maxLength)
    {
        var node = Find(name, required);
        return node is null ? null : ReadString(node, maxLength, Errors);
    }

    public int? Integer(string name, bool required, int min, int max)
    {
        var node = Find(name, required);
        if (node is null)
        {
            return null;
        }

        if (node.Kind != ScriptNodeKind.Number || node.Number is not { } number || number != decimal.Truncate(number))
        {
            Error(node, $"must be a whole number, not {node.Describe()}");
            return null;
        }

        if (number < min || number > max)
        {
            Error(node, $"must be between {min} and {max}");
            return null;
        }

        return (int)number;
    }

    public ScriptObjectReader? Object(string name, bool required)
    {
        var node = Find(name, required);
        return node is null ? null : For(node, Errors);
    }

    public IReadOnlyList<ScriptNode>? Array(string name, bool required, int minItems, int maxItems)
    {
        var node = Find(name, required);
        if (node is null)
        {
            return null;
        }

        if (node.Kind != ScriptNodeKind.Array)
        {
            Error(node, $"must be an array, not {node.Describe()}");
            return null;
        }

        if (node.Items.Count < minItems || node.Items.Count > maxItems)
        {
            Error(node, minItems == maxItems
                ? $"must have exactly {minItems} entries"
                : $"must have between {minItems} and {maxItems} entries, not {node.Items.Count}");
        }

        return node.Items;
    }

    /// <summary>A list of strings; each bad entry is reported and left out.</summary>
    public IReadOnlyList<string> Strings(string name, int maxItems, int maxLength)
    {
        var items = Array(name, required: false, 0, maxItems) ?? [];
        return [.. items.Select(i => ReadString(i, maxLength, Errors)).OfType<string>()];
    }

    /// <summary>Marks a field as known without reading it.</summary>
    public void Allow(string name) => _known.Add(name);

    /// <summary>Reports every property that no read asked for: usually a typo.</summary>
    public void ReportUnknownFields()
    {
        foreach (var (name, node) in Node.Properties.Where(p => !_known.Contains(p.Key)))
        {
            Errors.Add(new ScenarioLoadError(node.Line, ScriptNode.ChildPath(Node.Path, name), "is not a known field"));
        }
    }

    public static string? ReadString(ScriptNode node, int maxLength, List<ScenarioLoadError> errors)
    {
        if (node.Kind != ScriptNodeKind.String)
        {
            errors.Add(new ScenarioLoadError(node.Line, node.Path, $"must be a string, not {node.Describe()}"));
            return null;
        }

        var text = node.Text!.Trim();
        if (text.Length == 0)
        {
            errors.Add(new ScenarioLoadError(node.Line, node.Path, "must not be empty"));
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new ScenarioLoadError(node.Line, node.Path, $"is {text.Length} characters; the limit is {maxLength}"));
            return null;
        }

        return text;
    }

    private ScriptNode? Find(string name, bool required)
    {
        _known.Add(name);
        var node = Node.Property(name);
        if (node is null && required)
        {
            Errors.Add(new ScenarioLoadError(Node.Line, ScriptNode.ChildPath(Node.Path, name), "required"));
        }

        return node;
    }
}
