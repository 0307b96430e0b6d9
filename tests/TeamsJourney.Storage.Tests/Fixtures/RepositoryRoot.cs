namespace TeamsJourney.Storage.Tests.Fixtures;

/// <summary>Finds the repository root from the test binaries, so fixtures can run the repository's scripts.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder above the test assembly that holds <c>scripts/azurite.sh</c>.</summary>
    public static string Find()
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
