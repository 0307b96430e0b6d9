namespace TeamsJourney.Testing.Paths;

/// <summary>Where things live in the repository and in the test output, found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> FoundRoot = new(FindRoot);

    /// <summary>The nearest folder above the test assembly that holds <c>scripts/azurite.sh</c>.</summary>
    public static string Root => FoundRoot.Value;

    /// <summary>scripts/: azurite.sh and redis.sh.</summary>
    public static string Scripts => Path.Combine(Root, "scripts");

    /// <summary>tabs/web: the tab front end's sources.</summary>
    public static string TabsWeb => Path.Combine(Root, "tabs", "web");

    public static string TabsWebDist => Path.Combine(TabsWeb, "dist");

    /// <summary>Screenshots and axe reports: the test output's artifacts/ folder.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "azurite.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds scripts/azurite.sh.");
    }
}
