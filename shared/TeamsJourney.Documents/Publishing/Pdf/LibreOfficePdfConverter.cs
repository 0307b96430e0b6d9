using System.Diagnostics;

namespace TeamsJourney.Documents.Publishing.Pdf;

/// <summary>
/// Converts with headless LibreOffice (<c>soffice --convert-to pdf</c>, about a second a document). One private
/// profile per converter, and one conversion at a time: LibreOffice refuses a profile another instance holds.
/// </summary>
internal sealed class LibreOfficePdfConverter : IPdfConverter, IDisposable
{
    private readonly string _executable;
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Lazy<string> _profile = new(() => Directory.CreateTempSubdirectory("teamsjourney-soffice-").FullName);

    public LibreOfficePdfConverter(string executable, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        _executable = executable;
        _timeout = timeout;
    }

    /// <summary>True when <paramref name="executable"/> is a file, or a bare name found on the PATH.</summary>
    public static bool IsInstalled(string executable)
    {
        if (string.IsNullOrWhiteSpace(executable))
        {
            return false;
        }

        if (Path.IsPathRooted(executable) || executable.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(executable);
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, executable)) || File.Exists(Path.Combine(folder, executable + ".exe")));
    }

    public async Task<string> ConvertAsync(string sourcePath, string outputFolder, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var start = new ProcessStartInfo(_executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { $"-env:UserInstallation={new Uri(_profile.Value).AbsoluteUri}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outputFolder, sourcePath })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new PdfConversionException($"Could not start '{_executable}'.");
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var errors = process.StandardError.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(_timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (ct.IsCancellationRequested)
                {
                    throw;
                }

                throw new PdfConversionException($"LibreOffice did not convert '{Path.GetFileName(sourcePath)}' within {_timeout.TotalSeconds:0} s.");
            }

            var pdf = Path.Combine(outputFolder, PdfCopies.NameFor(Path.GetFileName(sourcePath)));
            return process.ExitCode == 0 && File.Exists(pdf)
                ? pdf
                : throw new PdfConversionException($"LibreOffice wrote no PDF for '{Path.GetFileName(sourcePath)}' (exit {process.ExitCode}): {await output} {await errors}".Trim());
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose()
    {
        _oneAtATime.Dispose();
        if (_profile.IsValueCreated && Directory.Exists(_profile.Value))
        {
            Directory.Delete(_profile.Value, recursive: true);
        }
    }
}
