namespace TeamsJourney.Benchmarks.Coedit;

/// <summary>What the co-editors saw, counted across all of them (thread-safe).</summary>
internal sealed class CoeditTally
{
    private readonly object _gate = new();
    private readonly List<double> _milliseconds = [];
    private readonly Dictionary<string, (string Text, long Version)> _lastApplied = new(StringComparer.Ordinal);

    public int Attempts { get; private set; }

    public int Busy { get; private set; }

    public int Applied { get; private set; }

    public int Conflicts { get; private set; }

    public int FailedAfterRetry { get; private set; }

    public int Errors { get; private set; }

    public string? FirstError { get; private set; }

    public void Attempt(bool busy)
    {
        lock (_gate)
        {
            Attempts++;
            Busy += busy ? 1 : 0;
        }
    }

    /// <summary>An edit stored at workshop version <paramref name="version"/>, taking <paramref name="milliseconds"/> with its retries.</summary>
    public void Stored(string itemId, string text, long version, double milliseconds)
    {
        lock (_gate)
        {
            Applied++;
            _milliseconds.Add(milliseconds);
            if (!_lastApplied.TryGetValue(itemId, out var last) || last.Version < version)
            {
                _lastApplied[itemId] = (text, version);
            }
        }
    }

    public void Conflict(double milliseconds)
    {
        lock (_gate)
        {
            Conflicts++;
            _milliseconds.Add(milliseconds);
        }
    }

    public void GaveUp()
    {
        lock (_gate)
        {
            FailedAfterRetry++;
        }
    }

    public void Error(string detail)
    {
        lock (_gate)
        {
            Errors++;
            FirstError ??= detail;
        }
    }

    /// <summary>The text each edited item must show: the one of its edit stored last.</summary>
    public IReadOnlyDictionary<string, string> ExpectedTexts()
    {
        lock (_gate)
        {
            return _lastApplied.ToDictionary(e => e.Key, e => e.Value.Text, StringComparer.Ordinal);
        }
    }

    public IReadOnlyList<double> SortedMilliseconds()
    {
        lock (_gate)
        {
            return [.. _milliseconds.Order()];
        }
    }
}
