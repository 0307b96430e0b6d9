namespace TeamsJourney.Tabs.Web.Tests.Fixtures;

/// <summary>
/// The browser is Debian's chromium package (Playwright's own browser download is out of reach here).
/// Installs it with apt when missing, retrying the install once: apt fails when another install holds its lock.
/// </summary>
internal static class ChromiumInstallation
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        var update = await ProcessRunner.RunAsync("apt-get", "update", "/", Timeout);
        var install = await ProcessRunner.RunAsync("apt-get", "install -y chromium", "/", Timeout);
        if (install.ExitCode != 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            install = await ProcessRunner.RunAsync("apt-get", "install -y chromium", "/", Timeout);
        }

        if (install.ExitCode != 0 || !File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing and `apt-get install -y chromium` failed (exit {install.ExitCode}); "
                + "install Debian's chromium package by hand (as root).\n"
                + $"apt-get update said:\n{update.Output}\napt-get install said:\n{install.Output}");
        }
    }
}
