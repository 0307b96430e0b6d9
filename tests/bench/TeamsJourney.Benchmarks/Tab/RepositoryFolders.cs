namespace TeamsJourney.Benchmarks.Tab;

/// <summary>Paths in the repository the benchmark runs against, found from the running binary upwards.</summary>
internal sealed record RepositoryFolders(string Root)
{
    public string BotProject => Path.Combine(Root, "bot", "TeamsJourney.Bot");

    /// <summary>The host the benchmarks start: the Release build output, unless a run asked for the publish (<see cref="PublishedHost"/>).</summary>
    public string BotDll => PublishedHost ?? Path.Combine(BotProject, "bin", "Release", "net10.0", "TeamsJourney.Bot.dll");

    /// <summary>The published host's entry assembly (ReadyToRun, as deployments run it), when a run uses it.</summary>
    public string? PublishedHost { get; init; }

    public string TabsWeb => Path.Combine(Root, "tabs", "web");

    public string TabsWebDist => Path.Combine(TabsWeb, "dist");

    public string Scripts => Path.Combine(Root, "scripts");

    public static RepositoryFolders Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TeamsJourney.sln")))
            {
                return new RepositoryFolders(folder.FullName);
            }
        }

        throw new BenchmarkFailedException($"No TeamsJourney.sln above {AppContext.BaseDirectory}: run the benchmark from inside the repository.");
    }
}
