using System.Diagnostics;

namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>Runs a command line tool to completion and fails loudly (with its output) when it does not succeed.</summary>
internal static class ExternalTool
{
    public static string Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }

        return output.Result;
    }

    public static bool IsOnPath(string file) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, file)));
}
