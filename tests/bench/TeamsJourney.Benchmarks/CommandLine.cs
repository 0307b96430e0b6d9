using System.Globalization;

namespace TeamsJourney.Benchmarks;

/// <summary>Reads "--name value" pairs and bare "--flag" switches, rejecting anything it does not know.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlySet<string> options, IReadOnlySet<string> flags)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (flags.Contains(name))
            {
                line._values[name] = null;
            }
            else if (options.Contains(name))
            {
                if (i + 1 >= args.Count)
                {
                    throw new BenchmarkUsageException($"{name} needs a value.");
                }

                line._values[name] = args[++i];
            }
            else
            {
                throw new BenchmarkUsageException($"Unknown argument '{name}'.");
            }
        }

        return line;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public string RequiredText(string name) =>
        Text(name) ?? throw new BenchmarkUsageException($"{name} is required.");

    public int PositiveNumber(string name, int fallback) =>
        Text(name) is { } text ? ParsePositive(name, text) : fallback;

    public IReadOnlyList<int> PositiveNumbers(string name, IReadOnlyList<int> fallback) =>
        Text(name) is { } text
            ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(part => ParsePositive(name, part)).ToArray()
            : fallback;

    private static int ParsePositive(string name, string text) =>
        int.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new BenchmarkUsageException($"{name} expects positive whole numbers; got '{text}'.");
}
