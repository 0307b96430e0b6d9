using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using TeamsJourney.Benchmarks.Generation;

namespace TeamsJourney.Benchmarks.Driver;

/// <summary>
/// This same executable started in its paced "generate" role for one fixture: a fresh process per size, so its
/// peak memory is its own, told when to take each timed run so the peer can run in between.
/// </summary>
internal sealed class GeneratorChild : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);
    private readonly Process _process;
    private readonly Task<string> _errors;

    private GeneratorChild(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
    }

    public static GeneratorChild Start(string fixturePath, string outputDirectory, int runs, JitTiering tiering)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new BenchmarkFailedException("The path of the running executable is unknown."))
        {
            WorkingDirectory = outputDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Under "dotnet app.dll" the host is the process, so the dll has to be named again; the apphost runs itself.
        if (Path.GetFileNameWithoutExtension(start.FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in new[] { "generate", "--paced", "--fixture", fixturePath, "--out", outputDirectory, "--runs", runs.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in tiering.Environment())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new BenchmarkFailedException("The generator child could not be started.");
        return new GeneratorChild(process);
    }

    /// <summary>Waits until the child is warmed up or done with its previous run, then lets it time one run.</summary>
    public void RunOnce()
    {
        Expect(PacingProtocol.Ready);
        _process.StandardInput.WriteLine(PacingProtocol.Run);
        _process.StandardInput.Flush();
        Expect(PacingProtocol.Done);
    }

    /// <summary>Reads the child's closing result after its last run.</summary>
    public GenerationResult Finish()
    {
        var lastLine = ReadLine();
        if (!_process.WaitForExit(Limit) || _process.ExitCode != 0)
        {
            throw Failure($"ended badly after printing '{lastLine}'");
        }

        try
        {
            return JsonSerializer.Deserialize(lastLine, GenerationJsonContext.Default.GenerationResult)
                ?? throw new BenchmarkFailedException("The generator child printed an empty result.");
        }
        catch (JsonException error)
        {
            throw new BenchmarkFailedException($"The generator child printed '{lastLine}', not a result.", error);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Expect(string expected)
    {
        var line = ReadLine();
        if (line != expected)
        {
            throw Failure($"printed '{line}' where '{expected}' was expected");
        }
    }

    private string ReadLine()
    {
        var read = _process.StandardOutput.ReadLineAsync();
        if (!read.Wait(Limit) || read.Result is null)
        {
            throw Failure("stopped talking");
        }

        return read.Result;
    }

    private BenchmarkFailedException Failure(string what)
    {
        var errors = _process.HasExited ? _errors.Result.Trim() : "(still running)";
        return new BenchmarkFailedException($"The generator child {what}: {errors}");
    }
}
