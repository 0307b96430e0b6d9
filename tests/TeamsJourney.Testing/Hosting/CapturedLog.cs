using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TeamsJourney.Testing.Hosting;

/// <summary>One message the host logged, with what a reader needs to judge it.</summary>
public sealed record CapturedLogEntry(LogLevel Level, string Category, string Message, Exception? Exception);

/// <summary>Keeps the host's log messages so a test can read what a person running it would see printed.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyList<string> Lines => [.. _entries.Select(e => e.Message)];

    /// <summary>Every message with its level, category and exception.</summary>
    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    /// <summary>Messages logged at error or above, or with an exception attached: what an operator would be paged for.</summary>
    public IReadOnlyList<CapturedLogEntry> Failures => [.. _entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null)];

    /// <summary>The rest of the first line starting with <paramref name="prefix"/>, or null.</summary>
    public string? After(string prefix) =>
        Lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line ? line[prefix.Length..].Trim() : null;

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(_entries, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<CapturedLogEntry> entries, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new CapturedLogEntry(logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
