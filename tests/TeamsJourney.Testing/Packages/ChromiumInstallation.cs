namespace TeamsJourney.Testing.Packages;

/// <summary>
/// The browser is Debian's chromium package (Playwright's own browser download is out of reach here).
/// Installs it with apt when missing, retrying the install once: apt fails when another install holds its lock.
/// </summary>
public static class ChromiumInstallation
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task EnsureInstalledAsync() => DebianPackages.EnsureInstalledAsync(["chromium"], [ExecutablePath]);
}
