using System.Diagnostics;

namespace TeamsJourney.Benchmarks.Processes;

/// <summary>Runs a program to completion and hands back its output; a non-zero exit is a failure that quotes stderr.</summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static string Run(
        string program,
        IEnumerable<string> arguments,
        string workingDirectory,
        string? stdoutFile = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var command = $"{program} {string.Join(' ', start.ArgumentList)}";
        using var process = StartOrFail(start, command);
        // Both pipes are drained concurrently so a chatty child can never block on a full pipe.
        var error = process.StandardError.ReadToEndAsync();
        string output;
        if (stdoutFile is null)
        {
            output = process.StandardOutput.ReadToEnd();
        }
        else
        {
            using (var file = File.Create(stdoutFile))
            {
                process.StandardOutput.BaseStream.CopyTo(file);
            }

            output = string.Empty;
        }

        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new BenchmarkFailedException($"'{command}' did not finish within {Limit.TotalMinutes} minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new BenchmarkFailedException($"'{command}' exited with {process.ExitCode}: {error.Result.Trim()}");
        }

        return output;
    }

    private static Process StartOrFail(ProcessStartInfo start, string command)
    {
        try
        {
            return Process.Start(start) ?? throw new BenchmarkFailedException($"'{command}' could not be started.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new BenchmarkFailedException($"'{command}' could not be started ({error.Message}); is {start.FileName} installed and on PATH?", error);
        }
    }
}
