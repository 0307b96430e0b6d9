namespace TeamsJourney.Domain.Scenarios.ScriptFormat;

/// <summary>The kinds of JSON value a script node can hold.</summary>
internal enum ScriptNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// A parsed JSON value that remembers where it was written. JsonDocument forgets line numbers,
/// and good error messages for script authors need them.
/// </summary>
internal sealed class ScriptNode(ScriptNodeKind kind, int line, string path)
{
    public ScriptNodeKind Kind { get; } = kind;

    /// <summary>One-based line of the value's first character.</summary>
    public int Line { get; } = line;

    /// <summary>Field path such as "stages[1].name"; empty for the root.</summary>
    public string Path { get; } = path;

    public List<KeyValuePair<string, ScriptNode>> Properties { get; } = [];

    public List<ScriptNode> Items { get; } = [];

    public string? Text { get; init; }

    public decimal? Number { get; init; }

    public bool? Boolean { get; init; }

    public ScriptNode? Property(string name) =>
        Properties.FirstOrDefault(p => p.Key == name).Value;

    public static string ChildPath(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string ItemPath(string parent, int index) => $"{parent}[{index}]";

    public string Describe() => Kind switch
    {
        ScriptNodeKind.Object => "an object",
        ScriptNodeKind.Array => "an array",
        ScriptNodeKind.String => "a string",
        ScriptNodeKind.Number => "a number",
        ScriptNodeKind.Boolean => "true/false",
        _ => "null",
    };
}
