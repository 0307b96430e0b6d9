using System.IO.Compression;
using TeamsJourney.Benchmarks.Processes;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>
/// The gzip size of the tab's shipped scripts and styles (source maps are not downloaded by users, and the Office.js
/// runtime copied for the add-in is Microsoft's, so neither is counted).
/// </summary>
internal sealed record BundleResult(int Files, long RawBytes, long GzipBytes, string LargestFile, long LargestGzipBytes);

internal static class BundleSize
{
    /// <summary>Builds tabs/web when dist is missing (npm ci && npm run build), then gzips every .js and .css in dist.</summary>
    public static BundleResult Measure(RepositoryFolders repository)
    {
        if (!Directory.Exists(repository.TabsWebDist) || !Directory.EnumerateFiles(repository.TabsWebDist, "*.js", SearchOption.AllDirectories).Any())
        {
            Console.WriteLine("  tabs/web/dist is missing: npm ci && npm run build ...");
            ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund"], repository.TabsWeb);
            ProcessRunner.Run("npm", ["run", "build"], repository.TabsWeb);
        }

        // dist/addin/office-js is Microsoft's Office.js runtime, copied as published for the add-in's task pane (the
        // build does not bundle it and only Office loads it): it is not the tab's code, so it is not counted here.
        var officeJs = Path.Combine(repository.TabsWebDist, "addin", "office-js") + Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(repository.TabsWebDist, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(officeJs, StringComparison.Ordinal))
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(repository.TabsWebDist, f), Raw: new FileInfo(f).Length, Gzip: GzipLength(f)))
            .ToArray();
        if (files.Length == 0)
        {
            throw new BenchmarkFailedException($"No .js or .css files in {repository.TabsWebDist}.");
        }

        var largest = files.MaxBy(f => f.Gzip);
        return new BundleResult(files.Length, files.Sum(f => f.Raw), files.Sum(f => f.Gzip), largest.Path, largest.Gzip);
    }

    private static long GzipLength(string file)
    {
        using var counted = new MemoryStream();
        using (var gzip = new GZipStream(counted, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var source = File.OpenRead(file))
        {
            source.CopyTo(gzip);
        }

        return counted.Length;
    }
}
