using System.Collections.Concurrent;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>What one run counted: every answered press with its latency, and what the answers said.</summary>
internal sealed class TurnTally
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private int _busy;
    private int _warnings;
    private int _errors;

    public int Turns => _milliseconds.Count;

    public int Busy => _busy;

    public int Warnings => _warnings;

    public int Errors => _errors;

    public string? FirstError { get; private set; }

    /// <summary>What the warnings said, most frequent first, to tell outdated cards from refused answers.</summary>
    public IReadOnlyList<(string Notice, int Count)> WarningNotices() =>
        [.. _notices.GroupBy(n => n).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2)];

    private readonly ConcurrentBag<string> _notices = [];

    public IReadOnlyList<double> SortedMilliseconds() => [.. _milliseconds.Order()];

    public void Answered(double milliseconds, CardView view)
    {
        _milliseconds.Add(milliseconds);
        if (view.Busy)
        {
            Interlocked.Increment(ref _busy);
        }
        else if (view.Warning)
        {
            Interlocked.Increment(ref _warnings);
            _notices.Add(view.Notice is { Length: > 60 } text ? text[..60] : view.Notice ?? "(no text)");
        }
    }

    public void Failed(string what)
    {
        if (Interlocked.Increment(ref _errors) == 1)
        {
            FirstError = what;
        }
    }
}
