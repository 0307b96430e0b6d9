using System.Reflection;

namespace TeamsJourney.Install.Tests.Fixtures;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package, which this project restores with a
/// PackageDownload: found in the NuGet cache of that restore, so a fresh clone gets it offline from the feed.
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Find);

    public static string Path => Executable.Value;

    public static Task<ProcessRunner.Outcome> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(Path, arguments, RepositoryPaths.Root, TimeSpan.FromMinutes(3));

    private static string Find()
    {
        var metadata = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        var packageRoot = metadata["NuGetPackageRoot"] is { Length: > 0 } root
            ? root
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var file = System.IO.Path.Combine(packageRoot, "azure.bicep.commandline.linux-x64", metadata["BicepCliVersion"]!, "tools", "bicep");
        if (!File.Exists(file))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {file}: restore tests/TeamsJourney.Install.Tests (its PackageDownload brings it).", file);
        }

        // The package marks the binary executable for its owner only; make sure whoever runs the tests may run it.
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The Bicep CLI package restored here is the linux-x64 build.");
        }

        var mode = File.GetUnixFileMode(file);
        const UnixFileMode Execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & Execute) != Execute)
        {
            try
            {
                File.SetUnixFileMode(file, mode | Execute);
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to change: the owner can still run it.
            }
        }

        return file;
    }
}
