using System.Diagnostics;

namespace TeamsJourney.Install.Tests.Fixtures;

/// <summary>
/// addin-manifest/ and its node tools. <see cref="EnsureInstalledAsync"/> runs `npm ci` there when node_modules is
/// missing or older than package-lock.json (a fresh clone has none), once per test run.
/// </summary>
internal static class AddinManifestFolder
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>Variables pack.mjs lets the process environment override: cleared so the tests see only their env file.</summary>
    private static readonly string[] PackageVariables =
    [
        "TEAMSFX_ENV", "APP_NAME_SUFFIX", "TEAMS_APP_ID", "TAB_DOMAIN", "TAB_ENDPOINT", "BOT_ID", "BOT_TENANT_ID",
        "AAD_APP_CLIENT_ID", "AAD_APP_TENANT_ID", "DEVELOPER_NAME", "DEVELOPER_WEBSITE_URL", "DEVELOPER_PRIVACY_URL",
        "DEVELOPER_TERMS_URL",
    ];

    public static string Root => Path.Combine(RepositoryPaths.Root, "addin-manifest");

    public static string AppPackage => Path.Combine(Root, "appPackage");

    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            var installed = new FileInfo(Path.Combine(Root, "node_modules", ".package-lock.json"));
            if (installed.Exists && installed.LastWriteTimeUtc >= File.GetLastWriteTimeUtc(Path.Combine(Root, "package-lock.json")))
            {
                return;
            }

            var outcome = await ProcessRunner.RunAsync("npm", "ci --no-audit --no-fund", Root, NpmTimeout);
            if (outcome.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"`npm ci` in {Root} exited with {outcome.ExitCode} (Node.js 20+ and the npm registry are needed).\n{outcome.Output}");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Runs `node scripts/{script}` in addin-manifest/ with none of the package's variables inherited.</summary>
    public static Task<ProcessRunner.Outcome> RunScriptAsync(string script, params string[] arguments) =>
        RunAsync("node", [Path.Combine("scripts", script), .. arguments]);

    /// <summary>Runs a tool in addin-manifest/ (node, npx) with none of the package's variables inherited.</summary>
    public static Task<ProcessRunner.Outcome> RunAsync(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool, arguments);
        foreach (var variable in PackageVariables)
        {
            start.Environment.Remove(variable);
        }

        return ProcessRunner.RunAsync(start, Root, TimeSpan.FromMinutes(2));
    }
}
