using System.Reflection;

namespace TeamsJourney.Tabs.Web.Tests.Fixtures;

/// <summary>Where the front end and the test artifacts live on this machine.</summary>
internal static class RepositoryPaths
{
    /// <summary>tabs/web, recorded at build time so the tests find it from any output folder.</summary>
    public static string TabsWeb { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TabsWebFolder").Value!;

    public static string TabsWebDist => Path.Combine(TabsWeb, "dist");

    /// <summary>Screenshots and axe reports: the test output's artifacts/ folder.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
}
