using System.Diagnostics;
using System.Text;

namespace TeamsJourney.Testing.Processes;

/// <summary>
/// Runs a command line tool to completion and keeps its output: <see cref="RunAsync(string, string, string, TimeSpan)"/>
/// hands back the outcome for the caller to judge, <see cref="Run"/> fails loudly (with the output) when the tool does not succeed.
/// </summary>
public static class ProcessRunner
{
    /// <summary>The exit code, the end of stdout and stderr together (for error messages), and all of stdout.</summary>
    public sealed record Outcome(int ExitCode, string Output, string StandardOutput);

    public static Task<Outcome> RunAsync(string fileName, string arguments, string workingDirectory, TimeSpan timeout) =>
        RunAsync(new ProcessStartInfo(fileName, arguments), workingDirectory, timeout);

    public static Task<Outcome> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout) =>
        RunAsync(new ProcessStartInfo(fileName, arguments), workingDirectory, timeout);

    /// <summary>Runs the tool and answers its stdout; throws with its output when it exits non-zero, and on timeout.</summary>
    public static string Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        // On the thread pool so no test synchronization context can deadlock the wait.
        var outcome = Task.Run(() => RunAsync(file, arguments, Environment.CurrentDirectory, timeout)).GetAwaiter().GetResult();
        if (outcome.ExitCode == TimedOut)
        {
            throw new TimeoutException(outcome.Output);
        }

        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} exited with {outcome.ExitCode}: {outcome.Output}");
        }

        return outcome.StandardOutput;
    }

    /// <summary>True when <paramref name="file"/> is an executable in a folder on PATH.</summary>
    public static bool IsOnPath(string file) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, file)));

    private const int TimedOut = -2;

    /// <summary>Runs a prepared start (for a caller that sets or removes environment variables) in <paramref name="workingDirectory"/>.</summary>
    public static async Task<Outcome> RunAsync(ProcessStartInfo start, string workingDirectory, TimeSpan timeout)
    {
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        start.Environment["CI"] = "true";
        var command = start.ArgumentList.Count > 0 ? $"{start.FileName} {string.Join(' ', start.ArgumentList)}" : $"{start.FileName} {start.Arguments}";

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            Append(output, e.Data);
            Append(standardOutput, e.Data);
        };
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return new Outcome(-1, $"Could not start '{start.FileName}': {error.Message}", string.Empty);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new Outcome(TimedOut, $"'{command}' did not finish within {timeout}.\n{Tail(output)}", string.Empty);
        }

        // WaitForExitAsync returns once both redirected streams reached their end, so the output is complete here.
        return new Outcome(process.ExitCode, Tail(output), Whole(standardOutput));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    // The end of a long npm or apt log is where the reason is.
    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length <= 4000 ? text : "…" + text[^4000..];
        }
    }

    private static string Whole(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
