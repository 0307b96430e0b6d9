using System.Collections.Concurrent;
using System.Diagnostics;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>
/// A long-running child (a host instance, Azurite) that lives for one phase of the benchmark. Its output is
/// drained all the time (a full pipe would stall it) and the last lines are kept to explain a failure.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int KeptLines = 60;
    private readonly ConcurrentQueue<string> _lastLines = new();
    private readonly Process _process;

    private ChildProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public static ChildProcess Start(string name, string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new BenchmarkFailedException($"{name} ('{program}') could not be started.");
        var child = new ChildProcess(process, name);
        process.OutputDataReceived += (_, line) => child.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => child.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Polls <paramref name="isReady"/> until it says yes; fails with the child's output when it exits or the time is up.</summary>
    public async Task WaitUntilReadyAsync(Func<Task<bool>> isReady, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new BenchmarkFailedException($"{Name} exited with {_process.ExitCode} before it was ready:{Environment.NewLine}{Output}");
            }

            if (await isReady())
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new BenchmarkFailedException($"{Name} was not ready within {timeout.TotalSeconds:0} s:{Environment.NewLine}{Output}");
    }

    public string Output => string.Join(Environment.NewLine, _lastLines);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lastLines.Enqueue(line);
        while (_lastLines.Count > KeptLines && _lastLines.TryDequeue(out _))
        {
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }
}
