namespace TeamsJourney.Testing.Packages;

/// <summary>
/// The one apt installer of the test fixtures (chromium, LibreOffice and poppler, redis-server): installs Debian
/// packages when a program they provide is missing, `apt-get update` first, and retries the install once because apt
/// fails mid-install when another install holds its lock. Runs apt through sudo when the tests do not run as root.
/// </summary>
public static class DebianPackages
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly SemaphoreSlim OneAptAtATime = new(1, 1);

    /// <summary>
    /// Installs <paramref name="packages"/> unless every one of <paramref name="provides"/> is present (an absolute
    /// path that exists, or a program on PATH); fails with apt's own output when the install does not bring them.
    /// </summary>
    public static async Task EnsureInstalledAsync(IReadOnlyList<string> packages, IReadOnlyList<string> provides, bool withoutRecommends = false)
    {
        ArgumentNullException.ThrowIfNull(packages);
        ArgumentNullException.ThrowIfNull(provides);
        if (AllPresent(provides))
        {
            return;
        }

        await OneAptAtATime.WaitAsync();
        try
        {
            if (AllPresent(provides))
            {
                return;
            }

            var update = await AptAsync(["update"]);
            string[] install = ["install", "-y", .. withoutRecommends ? ["--no-install-recommends"] : Array.Empty<string>(), .. packages];
            var installed = await AptAsync(install);
            if (installed.ExitCode != 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(5));
                installed = await AptAsync(install);
            }

            if (installed.ExitCode != 0 || !AllPresent(provides))
            {
                throw new InvalidOperationException(
                    $"{string.Join(", ", provides.Where(p => !IsPresent(p)))} missing and `apt-get {string.Join(' ', install)}` failed (exit {installed.ExitCode}); "
                    + $"install the Debian packages {string.Join(' ', packages)} by hand (as root).\n"
                    + $"apt-get update said:\n{update.Output}\napt-get install said:\n{installed.Output}");
            }
        }
        finally
        {
            OneAptAtATime.Release();
        }
    }

    /// <summary>The same, for fixtures built in a constructor.</summary>
    public static void EnsureInstalled(IReadOnlyList<string> packages, IReadOnlyList<string> provides, bool withoutRecommends = false) =>
        Task.Run(() => EnsureInstalledAsync(packages, provides, withoutRecommends)).GetAwaiter().GetResult();

    private static bool AllPresent(IReadOnlyList<string> provides) => provides.All(IsPresent);

    private static bool IsPresent(string program) => Path.IsPathRooted(program) ? File.Exists(program) : ProcessRunner.IsOnPath(program);

    private static Task<ProcessRunner.Outcome> AptAsync(IEnumerable<string> arguments) =>
        Environment.UserName == "root"
            ? ProcessRunner.RunAsync("apt-get", arguments, "/", Timeout)
            : ProcessRunner.RunAsync("sudo", ["-n", "apt-get", .. arguments], "/", Timeout);
}
