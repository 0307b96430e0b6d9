namespace TeamsJourney.Tabs.Web.Tests.Fixtures;

/// <summary>
/// Makes sure tabs/web/dist holds a build of the current sources: dist is not in git, so a fresh clone
/// has none. Runs `npm ci` (when node_modules is missing or older than package-lock.json) and
/// `npm run build`, and fails with npm's own output when either fails.
/// </summary>
internal static class FrontEndBuild
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task EnsureBuiltAsync()
    {
        var web = RepositoryPaths.TabsWeb;
        if (!IsStale(web))
        {
            return;
        }

        if (NeedsInstall(web))
        {
            await RunNpmAsync("ci --no-audit --no-fund", web);
        }

        await RunNpmAsync("run build", web);
        if (!File.Exists(Path.Combine(RepositoryPaths.TabsWebDist, "index.html")))
        {
            throw new InvalidOperationException($"`npm run build` in {web} finished but wrote no dist/index.html.");
        }
    }

    private static bool IsStale(string web)
    {
        var bundle = new FileInfo(Path.Combine(web, "dist", "map.js"));
        if (!bundle.Exists || !File.Exists(Path.Combine(web, "dist", "index.html")))
        {
            return true;
        }

        var sources = Directory.EnumerateFiles(Path.Combine(web, "src"), "*", SearchOption.AllDirectories)
            .Append(Path.Combine(web, "package-lock.json"))
            .Append(Path.Combine(web, "build.mjs"));
        return sources.Any(source => File.GetLastWriteTimeUtc(source) > bundle.LastWriteTimeUtc);
    }

    private static bool NeedsInstall(string web)
    {
        var installed = new FileInfo(Path.Combine(web, "node_modules", ".package-lock.json"));
        return !installed.Exists || File.GetLastWriteTimeUtc(Path.Combine(web, "package-lock.json")) > installed.LastWriteTimeUtc;
    }

    private static async Task RunNpmAsync(string arguments, string web)
    {
        var outcome = await ProcessRunner.RunAsync("npm", arguments, web, Timeout);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"Building the tab front end failed: `npm {arguments}` in {web} exited with {outcome.ExitCode}. "
                + "Run `npm ci && npm run build` there by hand to see why (Node.js 20+ and the npm registry are needed).\n"
                + outcome.Output);
        }
    }
}
